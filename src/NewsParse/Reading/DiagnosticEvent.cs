using System.Text.Json.Serialization;
using NewsParse.Model;

namespace NewsParse.Reading;

/// <summary>A recoverable oddity met while reading.</summary>
public sealed record DiagnosticEvent : ArticleEvent
{
    /// <summary>Creates the event.</summary>
    public DiagnosticEvent(Diagnostic diagnostic) : base(diagnostic?.Span ?? default) => Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));

    /// <inheritdoc/>
    [JsonIgnore]
    public override ArticleEventKind Kind => ArticleEventKind.Diagnostic;

    /// <summary>What was met.</summary>
    [JsonPropertyName("diagnostic")]
    public Diagnostic Diagnostic { get; }
}
