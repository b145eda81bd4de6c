using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>What a <see cref="HeadingEvent"/> was read from; serialized in camelCase as the event's "origin" field.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HeadingOrigin>))]
public enum HeadingOrigin
{
    /// <summary>A tag of the input names it a heading, with its level: HTML h1–h6 or role="heading", a Markdown "#" line.</summary>
    Tag,

    /// <summary>
    /// No tag names it: the HTML markup sets a short line apart (bold, a larger font, italics, a class naming a heading...)
    /// with text after it, weighed as explained in the event's reason; its level follows from the headings around it.
    /// </summary>
    Markup,

    /// <summary>A title-like line of a text dump followed by more text; its level follows from the headings before it.</summary>
    TextLine,
}
