using NewsParse.Model;

namespace NewsParse.Tests.Rich;

/// <summary>An article with its inline runs taken out (list items keep their nesting): for comparisons where only the text and structure must agree.</summary>
internal static class PlainArticle
{
    public static Article Of(Article article) => article with
    {
        Sections = article.Sections.Select(Plain).ToList(),
        Faq = article.Faq is { } faq ? faq with { Items = faq.Items.Select(i => i with { Inlines = null }).ToList() } : null,
    };

    private static Section Plain(Section section) => section with
    {
        Blocks = section.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p with { Inlines = null },
            QuoteBlock q => q with { Inlines = null },
            ListBlock l when l.Entries is not null => l with { Entries = l.Entries.Any(e => e.Items is not null) ? l.Entries.Select(Plain).ToList() : null },
            _ => b,
        }).ToList(),
        Sections = section.Sections.Select(Plain).ToList(),
    };

    private static ListItem Plain(ListItem item) => item with { Inlines = null, Items = item.Items?.Select(Plain).ToList() };
}
