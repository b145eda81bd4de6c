using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>What an <see cref="ArticleEvent"/> reports; serialized in camelCase as the event's "event" field.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ArticleEventKind>))]
public enum ArticleEventKind
{
    /// <summary>A metadata field was decided: <see cref="MetadataEvent"/>.</summary>
    Metadata,
    /// <summary>A section heading opens a section: <see cref="HeadingEvent"/>.</summary>
    Heading,
    /// <summary>A body block belongs to the current section: <see cref="BlockEvent"/>.</summary>
    Block,
    /// <summary>The FAQ starts: <see cref="FaqStartEvent"/>.</summary>
    FaqStart,
    /// <summary>One FAQ question and its answer: <see cref="FaqItemEvent"/>.</summary>
    FaqItem,
    /// <summary>A piece of boilerplate: <see cref="BoilerplateEvent"/>.</summary>
    Boilerplate,
    /// <summary>A recoverable oddity: <see cref="DiagnosticEvent"/>.</summary>
    Diagnostic,
}
