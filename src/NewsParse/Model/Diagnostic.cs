using System.Text.Json.Serialization;
using System.Diagnostics.CodeAnalysis;

namespace NewsParse.Model;

/// <summary>A recoverable oddity met while parsing, with where it was met. Immutable; compares by value.</summary>
public sealed record Diagnostic
{
    private readonly string _message = "";

    /// <summary>Creates a diagnostic: <see cref="Code"/> and <see cref="Message"/> must be set with an object initializer.</summary>
    public Diagnostic()
    {
    }

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">What happened.</param>
    /// <param name="message">A one-line explanation for people.</param>
    /// <param name="span">Where in the decoded input, or <see cref="SourceSpan.None"/> when it concerns the whole input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    [SetsRequiredMembers]
    public Diagnostic(DiagnosticCode code, string message, SourceSpan span = default)
    {
        Code = code;
        Message = message;
        Span = span;
    }

    /// <summary>What happened.</summary>
    [JsonPropertyName("code")]
    public required DiagnosticCode Code { get; init; }

    /// <summary>A one-line explanation for people (its wording may change between versions).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("message")]
    public required string Message { get => _message; init => _message = value ?? throw new ArgumentNullException(nameof(Message)); }

    /// <summary>Where in the decoded input, or <see cref="SourceSpan.None"/> when it concerns the whole input.</summary>
    [JsonPropertyName("span")]
    public SourceSpan Span { get; init; }
}
