using NewsParse.Model;

namespace NewsParse.Tests.Hostile;

/// <summary>Every piece of text an article holds, for "nothing lost" checks.</summary>
internal static class ArticleTexts
{
    /// <summary>Body blocks and headings, FAQ questions and answers, and boilerplate, one string each.</summary>
    public static IEnumerable<string> All(Article article)
    {
        if (article.Headline is not null) yield return article.Headline;
        foreach (var section in article.AllSections())
        {
            if (section.Heading is not null) yield return section.Heading;
            foreach (var block in section.Blocks) yield return block.Text;
        }
        if (article.Faq is { } faq)
        {
            if (faq.Heading is not null) yield return faq.Heading;
            foreach (var item in faq.Items)
            {
                yield return item.Question;
                if (item.Answer.Length > 0) yield return item.Answer;
            }
        }
        foreach (var b in article.Boilerplate) yield return b.Text;
    }

    /// <summary>All the text joined with new lines.</summary>
    public static string Joined(Article article) => string.Join("\n", All(article));

    public static bool HasDiagnostic(Article article, DiagnosticCode code) => article.Diagnostics.Any(d => d.Code == code);
}
