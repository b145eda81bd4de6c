namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// Reads the cases of an html5lib tree-construction .dat file (format: tree-construction/README.md next to the files):
/// "#data" lines up to "#errors" (the last newline removed), error lines, optional "#new-errors", "#document-fragment",
/// "#script-off" / "#script-on", then "#document" and the dump up to the blank line before the next "#data".
/// </summary>
internal static class Html5libDatFile
{
    /// <summary>The cases of the file at <paramref name="path"/>, in order.</summary>
    public static List<Html5libTreeCase> Read(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        var name = Path.GetFileName(path);
        var cases = new List<Html5libTreeCase>();
        int i = 0;
        while (i < lines.Length)
        {
            if (lines[i] != "#data")
            {
                i++;
                continue;
            }
            i++;
            var data = new List<string>();
            while (i < lines.Length && lines[i] != "#errors") data.Add(lines[i++]);
            string? fragment = null;
            bool scriptOn = false;
            var document = new List<string>();
            while (i < lines.Length && lines[i] != "#document")
            {
                if (lines[i] == "#document-fragment" && i + 1 < lines.Length) fragment = lines[++i];
                else if (lines[i] == "#script-on") scriptOn = true;
                i++;
            }
            i++;
            // the dump ends at the blank line before the next case (text in the dump may hold blank lines of its own)
            while (i < lines.Length && !(lines[i].Length == 0 && (i + 1 >= lines.Length || lines[i + 1] == "#data"))) document.Add(lines[i++]);
            cases.Add(new Html5libTreeCase(name, cases.Count + 1, string.Join('\n', data), document, fragment, scriptOn));
        }
        return cases;
    }
}
