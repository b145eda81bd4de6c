using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>The kind of a content <see cref="Block"/>; serialized as the camelCase "type" field.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BlockType>))]
public enum BlockType
{
    /// <summary>A paragraph of running text: <see cref="ParagraphBlock"/>.</summary>
    Paragraph,
    /// <summary>An ordered or unordered list: <see cref="ListBlock"/>.</summary>
    List,
    /// <summary>A quotation: <see cref="QuoteBlock"/>.</summary>
    Quote,
    /// <summary>A table of rows and cells: <see cref="TableBlock"/>.</summary>
    Table,
    /// <summary>Preformatted code or text: <see cref="CodeBlock"/>.</summary>
    Code,
    /// <summary>An image or media element with its caption: <see cref="FigureBlock"/>.</summary>
    Figure,
}
