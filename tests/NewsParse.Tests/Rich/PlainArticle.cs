using NewsParse.Model;

namespace NewsParse.Tests.Rich;

/// <summary>An article with its inline runs taken out: for comparisons where only the text and structure must agree.</summary>
internal static class PlainArticle
{
    public static Article Of(Article article) => article with { Sections = article.Sections.Select(Plain).ToList() };

    private static Section Plain(Section section) => section with
    {
        Blocks = section.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p with { Inlines = null },
            QuoteBlock q => q with { Inlines = null },
            _ => b,
        }).ToList(),
        Sections = section.Sections.Select(Plain).ToList(),
    };
}
