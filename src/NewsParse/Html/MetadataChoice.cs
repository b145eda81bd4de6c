namespace NewsParse.Html;

/// <summary>A metadata value chosen from the page and why (which source, and what confirmed it), for <c>--explain</c>.</summary>
/// <param name="Value">The value as the page writes it.</param>
/// <param name="Reason">The source and the evidence, in a few words.</param>
internal readonly record struct MetadataChoice(string Value, string Reason);
