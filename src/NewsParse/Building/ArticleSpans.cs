using NewsParse.Model;

namespace NewsParse.Building;

/// <summary>Takes the spans out of an article: for a document whose source text is not known, offsets would point into nothing.</summary>
internal static class ArticleSpans
{
    /// <summary>The article with every span <see cref="SourceSpan.None"/> (the section tree is rebuilt without recursion).</summary>
    public static Article Erase(Article article)
    {
        var done = new Dictionary<Section, Section>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Section Section, bool Expanded)>();
        foreach (var top in article.Sections) stack.Push((top, false));
        while (stack.Count > 0)
        {
            var (section, expanded) = stack.Pop();
            if (!expanded && section.Sections.Count > 0)
            {
                stack.Push((section, true));
                foreach (var sub in section.Sections) stack.Push((sub, false));
                continue;
            }
            done[section] = section with
            {
                Span = SourceSpan.None,
                Blocks = section.Blocks.Select(b => b with { Span = SourceSpan.None }).ToArray(),
                Sections = section.Sections.Select(s => done[s]).ToArray(),
            };
        }
        return article with
        {
            Sections = article.Sections.Select(s => done[s]).ToArray(),
            Faq = article.Faq is { } faq ? faq with { Span = SourceSpan.None, Items = faq.Items.Select(i => i with { Span = SourceSpan.None }).ToArray() } : null,
            Boilerplate = article.Boilerplate.Select(b => b with { Span = SourceSpan.None }).ToArray(),
            Diagnostics = article.Diagnostics.Select(d => d with { Span = SourceSpan.None }).ToArray(),
        };
    }
}
