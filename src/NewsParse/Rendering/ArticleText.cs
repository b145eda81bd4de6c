using System.Text;
using NewsParse.Model;

namespace NewsParse.Rendering;

/// <summary>
/// The article body as plain text, one block a line: section headings, paragraphs, list items, table rows, quotes,
/// figure captions, then FAQ questions and answers (an answer of several paragraphs gives a line each). No headline,
/// no metadata, no boilerplate. Thread-safe.
/// </summary>
public static class ArticleText
{
    /// <summary>The body text, lines separated by "\n", ending with a line break when not empty.</summary>
    public static string ToText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) Line(text, section.Heading);
            foreach (var block in section.Blocks)
            {
                foreach (var line in block.Text.Split('\n')) Line(text, line);
            }
        }
        if (article.Faq is { } faq)
        {
            if (faq.Heading is not null) Line(text, faq.Heading);
            foreach (var item in faq.Items)
            {
                Line(text, item.Question);
                foreach (var paragraph in item.Answer.Split("\n\n")) Line(text, paragraph);
            }
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 0) text.Append(trimmed).Append('\n');
    }
}
