namespace NewsParse.Model;

/// <summary>
/// A piece of the page that is not article text, kept and labelled rather than dropped: a table of contents,
/// a related headline, a "follow us" prompt, an ad label...
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text, whitespace collapsed.</param>
/// <param name="Reason">A short human-readable account of the evidence that made it boilerplate.</param>
/// <param name="Span">Where it was read from in the decoded input.</param>
public sealed record BoilerplateBlock(BoilerplateKind Kind, string Text, string Reason, SourceSpan Span = default);
