namespace NewsParse.Html;

/// <summary>The word groups <see cref="ClassHints"/> looks for in a class or id value; <see cref="ClassWordMatcher.Match"/> gives the set found as bits (1 &lt;&lt; group).</summary>
internal enum ClassGroup
{
    Positive, Negative, Unlikely, MaybeContent, ArticleBody, Faq, Question, Answer,
    TableOfContents, Advertisement, Cookie, Newsletter, Embed, Share, Social, Related, Comments, Tags, AuthorBox,
    Navigation, Caption, Gallery, Footer, Byline, Furniture,
    /// <summary>Names a date (date, time, dateline, timestamp); marks no boilerplate kind.</summary>
    DateName,
    /// <summary>Names the publication (published, pubdate, posted-on); marks no boilerplate kind.</summary>
    Published,
    /// <summary>Names a later change (updated, modified): its date is not the publication date.</summary>
    Updated,
    /// <summary>Names a heading of the text (heading, subhead, subtitle, zwischentitel, intertitre...); marks no boilerplate kind.</summary>
    Heading,
}
