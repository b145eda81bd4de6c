namespace NewsParse.Html;

/// <summary>What an element's class, id, role and itemprop say about it. Several may hold at once.</summary>
[Flags]
internal enum HintFlags
{
    None = 0,
    /// <summary>Names article text: article, content, entry, post, story, body, text, articleBody...</summary>
    Positive = 1 << 0,
    /// <summary>Names page furniture that rarely holds the article: sidebar, widget, promo, meta, masthead...</summary>
    Negative = 1 << 1,
    /// <summary>Readability's "unlikely candidate": never scored as article text unless also <see cref="MaybeContent"/>.</summary>
    Unlikely = 1 << 2,
    /// <summary>Names a content wrapper strongly enough to cancel <see cref="Unlikely"/>: article, body, column, content, main.</summary>
    MaybeContent = 1 << 3,
    /// <summary>An FAQ or accordion container.</summary>
    Faq = 1 << 4,
    /// <summary>schema.org articleBody or role=main/article: the page itself says where the text is.</summary>
    ArticleBody = 1 << 5,
    /// <summary>An FAQ question (accordion header, faq-question).</summary>
    Question = 1 << 6,
    /// <summary>An FAQ answer (accordion panel, faq-answer).</summary>
    Answer = 1 << 7,
}
