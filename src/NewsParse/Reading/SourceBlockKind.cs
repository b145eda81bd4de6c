namespace NewsParse.Reading;

/// <summary>What the input layer (text scanner or HTML segmenter) could tell about a block before any detection.</summary>
internal enum SourceBlockKind
{
    /// <summary>A line or paragraph of a text dump: heading or paragraph is for the detectors to decide.</summary>
    TextLine,
    /// <summary>A heading marked as such (HTML h1-h6, role=heading, Markdown #); its level is known.</summary>
    Heading,
    /// <summary>A paragraph marked as such by the markup.</summary>
    Paragraph,
    /// <summary>A content block built by the input layer (list, table, quote, code, figure): <see cref="SourceBlock.Content"/>.</summary>
    Content,
    /// <summary>A question marked by the markup (FAQ summary, dt, accordion button).</summary>
    Question,
    /// <summary>An answer marked by the markup (FAQ details body, dd, accordion panel).</summary>
    Answer,
}
