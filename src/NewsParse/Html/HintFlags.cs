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
    /// <summary>Names the publication date: published, pubdate, posted-on; or a date (date, time, dateline, timestamp) and not a later change (updated, modified).</summary>
    DateName = 1 << 8,
    /// <summary>Names the article's byline or date line (byline, dateline, timestamp, posted-on, meta): boilerplate of kind Other, but part of the article's head.</summary>
    Byline = 1 << 9,
    /// <summary>Names a later change (updated, modified) and not the publication: WordPress writes "entry-date published updated" on a post never changed.</summary>
    UpdateName = 1 << 10,
    /// <summary>Names a heading of the text in one of the main languages (title, heading, subhead, zwischentitel, intertitre, sottotitolo, tussenkop...): evidence for <see cref="HeadingEvidence"/>, weighed with the rest.</summary>
    HeadingName = 1 << 11,
    /// <summary>The class or id holds a comment stem, or the microdata names a Comment (<see cref="CommentNames.Classify"/> can name a role only then): a cheap test before it.</summary>
    CommentName = 1 << 12,
}
