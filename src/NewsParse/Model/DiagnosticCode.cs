using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>Something odd but recoverable the parser met in the input. Each code is documented; the list only grows.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiagnosticCode>))]
public enum DiagnosticCode
{
    /// <summary>The input has no article text (empty, whitespace, an index page, a page of links or scripts only).</summary>
    NoArticleFound,
    /// <summary>The input looks binary (NUL bytes or control characters, an image signature): nothing was read as text.</summary>
    BinaryInput,
    /// <summary>The bytes were not valid in the encoding used; invalid sequences were replaced with U+FFFD.</summary>
    InvalidEncoding,
    /// <summary>The page declared a character set that its bytes contradict; the one that fits the bytes was used.</summary>
    EncodingDeclarationOverridden,
    /// <summary>The page's elements nest deeper than the limit; deeper elements were read as text of the element at the limit.</summary>
    NestingTooDeep,
    /// <summary>Structured data (JSON-LD) in the page could not be read and was ignored.</summary>
    InvalidStructuredData,
    /// <summary>A heading level was skipped or out of order; the section tree was built by relative level.</summary>
    HeadingLevelSkipped,
    /// <summary>A very long block was met; it was kept whole.</summary>
    VeryLongBlock,
}
