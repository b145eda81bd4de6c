namespace NewsParse.Model;

/// <summary>A recoverable oddity met while parsing, with where it was met.</summary>
/// <param name="Code">What happened.</param>
/// <param name="Message">A one-line explanation for people.</param>
/// <param name="Span">Where in the decoded input, or <see cref="SourceSpan.None"/> when it concerns the whole input.</param>
public sealed record Diagnostic(DiagnosticCode Code, string Message, SourceSpan Span = default);
