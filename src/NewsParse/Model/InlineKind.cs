using System.Text.Json.Serialization;

namespace NewsParse.Model;

/// <summary>The kind of an <see cref="Inline"/> run of a block's text; serialized as its camelCase name.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<InlineKind>))]
public enum InlineKind
{
    /// <summary>Emphasised text (<c>em</c>, <c>i</c>).</summary>
    Emphasis,
    /// <summary>Strongly emphasised text (<c>strong</c>, <c>b</c>).</summary>
    Strong,
    /// <summary>Inline code (<c>code</c>, <c>kbd</c>, <c>samp</c>, <c>tt</c>).</summary>
    Code,
    /// <summary>A link: its text, and <see cref="Inline.Href"/> where it points.</summary>
    Link,
    /// <summary>A line break (<c>br</c>): the one space of the text that stands for it (length 1).</summary>
    LineBreak,
    /// <summary>An image inside the text: no text of its own (length 0), <see cref="Inline.Source"/> and <see cref="Inline.Alt"/>.</summary>
    Image,
}
