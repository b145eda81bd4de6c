using System.Globalization;
using NewsParse.Model;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Every page of a corpus where an FAQ is found, with its question count and heading: an FAQ that is none (an
/// accordion of statements, an article's sections) shows here, page by page.
/// </summary>
internal static class FaqListing
{
    /// <summary>Prints the total line, then one line per page with an FAQ, in name order.</summary>
    public static void Print(IEnumerable<(string Name, Article? Article)> pages, TextWriter output)
    {
        var found = pages.Where(p => p.Article?.Faq is { Items.Count: > 0 }).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages with an FAQ: {found.Count}, {found.Sum(p => p.Article!.Faq!.Items.Count)} questions"));
        foreach (var (name, article) in found)
        {
            var faq = article!.Faq!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {faq.Items.Count,3} question(s)  {name}  {faq.Heading}"));
        }
    }
}
