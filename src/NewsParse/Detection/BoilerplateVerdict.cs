using NewsParse.Model;

namespace NewsParse.Detection;

/// <summary>A detector's finding: the block is boilerplate of <paramref name="Kind"/>, because of <paramref name="Reason"/>.</summary>
internal readonly record struct BoilerplateVerdict(BoilerplateKind Kind, string Reason);
