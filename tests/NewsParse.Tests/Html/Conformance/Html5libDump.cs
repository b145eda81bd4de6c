namespace NewsParse.Tests.Html.Conformance;

/// <summary>
/// Parses an html5lib expected dump into a <see cref="ComparableNode"/> tree. A node is a line starting with "| " and
/// the lines after it that do not (text, comments and attribute values may hold newlines). Comments, the doctype and
/// processing instructions are left out, "content" (a template's contents) is read as the template's children,
/// namespaced attributes ("xlink href") are named as written in a page ("xlink:href").
/// </summary>
internal static class Html5libDump
{
    /// <summary>The html element of the dump (an empty html element when the dump has none).</summary>
    public static ComparableNode Parse(IReadOnlyList<string> lines)
    {
        var document = ComparableNode.Element("#document", false);
        // open[d] is the node at depth d - 1 of the dump (open[0] the document); a template's "content" line takes no depth
        var open = new List<ComparableNode> { document };
        var skippedDepths = new List<int>();  // dump depths of the "content" lines above the current line
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i++];
            if (!line.StartsWith("| ", StringComparison.Ordinal)) continue;
            var content = line[2..];
            while (i < lines.Count && !lines[i].StartsWith("| ", StringComparison.Ordinal)) content += "\n" + lines[i++];
            int spaces = 0;
            while (spaces < content.Length && content[spaces] == ' ') spaces++;
            int dumpDepth = spaces / 2;
            content = content[spaces..];
            // a "content" line above this one is not a level of the comparable tree
            skippedDepths.RemoveAll(d => d >= dumpDepth);
            int depth = dumpDepth - skippedDepths.Count;
            if (content == "content" && open.Count > depth && open[depth] is { IsText: false, Name: "template" })
            {
                skippedDepths.Add(dumpDepth);
                continue;
            }
            var parent = open[Math.Min(depth, open.Count - 1)];
            if (content.StartsWith('"'))
            {
                var text = ComparableNode.TextNode(Unquote(content));
                parent.Append(text);
                Truncate(open, depth + 1);
                open.Add(text);
            }
            else if (content.StartsWith("<!--", StringComparison.Ordinal) || content.StartsWith("<!DOCTYPE", StringComparison.Ordinal) || content.StartsWith("<?", StringComparison.Ordinal))
            {
                Truncate(open, depth + 1);
                open.Add(ComparableNode.TextNode(""));
            }
            else if (content.StartsWith('<') && content.EndsWith('>'))
            {
                var name = content[1..^1];
                bool foreign = false;
                if (name.StartsWith("svg ", StringComparison.Ordinal) || name.StartsWith("math ", StringComparison.Ordinal))
                {
                    foreign = true;
                    name = name[(name.IndexOf(' ') + 1)..];
                }
                var element = ComparableNode.Element(name, foreign);
                parent.Append(element);
                Truncate(open, depth + 1);
                open.Add(element);
            }
            else
            {
                // an attribute of the element one level up: name="value"
                int eq = content.IndexOf("=\"", StringComparison.Ordinal);
                if (eq <= 0) continue;
                var name = content[..eq];
                int space = name.IndexOf(' ');
                if (space > 0) name = name[..space] + ":" + name[(space + 1)..];
                var owner = open[Math.Min(depth, open.Count - 1)];
                owner.AddAttribute(name, Unquote(content[(eq + 1)..]));
            }
        }
        var html = document.Children.FirstOrDefault(c => !c.IsText && c.Name == "html") ?? ComparableNode.Element("html", false);
        return html.Detach().Normalize();
    }

    private static string Unquote(string quoted) =>
        quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"' ? quoted[1..^1] : quoted.Trim('"');

    private static void Truncate(List<ComparableNode> open, int count)
    {
        if (open.Count > count) open.RemoveRange(count, open.Count - count);
    }
}
