using System.Text;
using NewsParse.Model;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// The article body as the shared scoring tools read it from the JSON contract (np_batch.py's <c>body_text</c>): section
/// headings, then each section's blocks (a list gives its items, a table its rows with cells joined by a space, other
/// blocks their text; figures give nothing, as their text is not in the contract), sections depth first; then the FAQ's
/// heading and each question and answer. One per line. No headline, no boilerplate.
/// </summary>
internal static class ContractBodyText
{
    /// <summary>The body text of <paramref name="article"/>.</summary>
    public static string Of(Article article)
    {
        var lines = new List<string>();
        foreach (var section in article.AllSections())
        {
            if (!string.IsNullOrEmpty(section.Heading)) lines.Add(section.Heading);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ListBlock list when list.Items.Count > 0:
                        lines.AddRange(list.Items);
                        break;
                    case ListBlock:
                    case FigureBlock:
                        break;
                    case TableBlock table when table.Rows.Count > 0:
                        foreach (var row in table.Rows) lines.Add(string.Join(' ', row));
                        break;
                    case TableBlock:
                        break;
                    default:
                        if (!string.IsNullOrEmpty(block.Text)) lines.Add(block.Text);
                        break;
                }
            }
        }
        if (article.Faq is { } faq)
        {
            if (!string.IsNullOrEmpty(faq.Heading)) lines.Add(faq.Heading);
            foreach (var item in faq.Items)
            {
                lines.Add(item.Question ?? "");
                lines.Add(item.Answer ?? "");
            }
        }
        return string.Join('\n', lines);
    }
}
