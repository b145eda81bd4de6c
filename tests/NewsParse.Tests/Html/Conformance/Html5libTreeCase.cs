namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// One case of an html5lib tree-construction file: the input, the expected dump (one node a line, "| " and two spaces
/// per level), and whether it is a fragment case or tied to one scripting mode.
/// </summary>
/// <param name="File">The .dat file's name.</param>
/// <param name="Number">The case's number in its file, from 1.</param>
/// <param name="Data">The input, as the parser is given it.</param>
/// <param name="Document">The lines of the expected tree (after "#document").</param>
/// <param name="FragmentContext">The context element of a fragment case; null for a document case.</param>
/// <param name="ScriptOn">True for a case that holds with scripting on only.</param>
internal sealed record Html5libTreeCase(string File, int Number, string Data, IReadOnlyList<string> Document, string? FragmentContext, bool ScriptOn)
{
    /// <summary>A script-off document case: the ones NewsParse reads as it reads pages (it never runs scripts, and parses whole documents).</summary>
    public bool IsScriptOffDocument => FragmentContext is null && !ScriptOn;

    /// <summary>"file.dat#n", to name the case in reports.</summary>
    public string Id => $"{File}#{Number}";

    /// <summary>The expected tree of the html element (comments and the doctype left out, template contents as the template's children), normalised.</summary>
    public ComparableNode ExpectedTree() => Html5libDump.Parse(Document);
}
