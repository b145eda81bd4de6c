namespace NewsParse.Html;

/// <summary>The word groups <see cref="ClassHints"/> looks for in a class or id value; <see cref="ClassWordMatcher.Match"/> gives the set found as bits (1 &lt;&lt; group).</summary>
internal enum ClassGroup
{
    Positive, Negative, Unlikely, MaybeContent, ArticleBody, Faq, Question, Answer,
    TableOfContents, Advertisement, Cookie, Newsletter, Embed, Share, Social, Related, Comments, Tags, AuthorBox,
    Navigation, Caption, Gallery, Footer, Byline, Furniture,
}
