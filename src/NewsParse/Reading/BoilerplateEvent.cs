using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>A piece of boilerplate, with its kind and the reason it was judged so.</summary>
public sealed record BoilerplateEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public BoilerplateEvent(BoilerplateBlock block) : base(block?.Span ?? default) => Block = block ?? throw new ArgumentNullException(nameof(block));

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.Boilerplate;

    /// <summary>The boilerplate.</summary>
    [JsonPropertyName("block")]
    public BoilerplateBlock Block { get; }
}
