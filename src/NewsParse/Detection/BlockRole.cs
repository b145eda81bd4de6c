namespace NewsParse.Detection;

/// <summary>What the classifier decided a block is, before the structure (sections, FAQ, headline) is laid out.</summary>
internal enum BlockRole
{
    /// <summary>Running text of the body.</summary>
    Paragraph,
    /// <summary>A title: a section heading, or the headline when it opens a text dump.</summary>
    Heading,
    /// <summary>A heading that opens the FAQ.</summary>
    FaqHeading,
    /// <summary>A question (of an FAQ, when one is open or the markup says so).</summary>
    Question,
    /// <summary>An answer marked as such ("A:" prefix, FAQ markup).</summary>
    Answer,
    /// <summary>A list, table, quote, code or figure block built by the input layer.</summary>
    Content,
    /// <summary>Not article text: <see cref="ClassifiedBlock.Kind"/> and <see cref="ClassifiedBlock.Reason"/> say what and why.</summary>
    Boilerplate,
    /// <summary>
    /// A title-like line that opens a text dump but shares few words with the article: the headline when a byline
    /// stands under it, else another article's headline, boilerplate of <see cref="ClassifiedBlock.Kind"/> for
    /// <see cref="ClassifiedBlock.Reason"/> (see <see cref="Boilerplate.RelatedLinkDetector.AsOpeningLine"/>).
    /// </summary>
    OffTopicTitle,
}
