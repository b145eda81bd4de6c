using System.Text;
using NewsParse.Tests.Html.Conformance;

namespace NewsParse.Tests.Html.Differential;

/// <summary>
/// Compares two trees of one page by the nearest block element of each character of visible text (white space left
/// out): the same when both trees put it in a block of the same name that holds the same visible characters (from
/// the same first to the same last). The characters of the two trees are aligned first (a diff of their runs of text,
/// for text one tree moved, as foster parenting does); a character only one tree has counts as different.
/// </summary>
internal sealed class NearestBlockComparison
{
    /// <summary>Elements whose text a reader never shows.</summary>
    private static readonly HashSet<string> Invisible =
    [
        "head", "script", "style", "template", "noscript", "title", "textarea", "iframe", "noembed", "noframes", "select", "option",
        "optgroup", "datalist", "svg", "math", "object", "embed", "canvas", "video", "audio", "map",
    ];

    /// <summary>Block elements: the nearest one around a character is where a reader puts it.</summary>
    private static readonly HashSet<string> BlockNames =
    [
        "html", "body", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "main", "header", "footer", "nav", "aside", "blockquote", "pre", "figure",
        "figcaption", "form", "fieldset", "legend", "address", "details", "summary", "center", "hgroup", "menu", "dir", "listing",
        "plaintext", "xmp", "dialog", "search",
    ];

    /// <summary>A paragraph of at least this many visible characters that keeps none of them in its block has changed block as a whole.</summary>
    public const int ParagraphChars = 20;

    private NearestBlockComparison(string page) => Page = page;

    /// <summary>The page's name.</summary>
    public string Page { get; }

    /// <summary>Visible characters of the first tree.</summary>
    public int Characters { get; private set; }

    /// <summary>Of those, the ones whose nearest block is the same in the second tree.</summary>
    public int Same { get; private set; }

    /// <summary>Where the trees first part, or null when every character keeps its block.</summary>
    public string? FirstDifference { get; private set; }

    /// <summary>Blocks of the first tree with at least <see cref="ParagraphChars"/> visible characters, none of which keeps its block (the start of each).</summary>
    public List<string> MovedParagraphs { get; } = [];

    /// <summary>Compares the trees <paramref name="ours"/> and <paramref name="theirs"/> (html elements) of the page named <paramref name="page"/>.</summary>
    public static NearestBlockComparison Compare(string page, ComparableNode ours, ComparableNode theirs)
    {
        var result = new NearestBlockComparison(page);
        var a = VisibleText.Of(ours);
        var b = VisibleText.Of(theirs);
        var map = Alignment.Map(a, b);
        result.Characters = a.Text.Length;
        var sameOf = new bool[a.Text.Length];
        for (int i = 0; i < a.Text.Length; i++)
        {
            int j = map[i];
            if (j < 0) continue;
            var x = a.Blocks[i];
            var y = b.Blocks[j];
            sameOf[i] = x.Name == y.Name && map[a.First[x]] == b.First[y] && map[a.Last[x]] == b.Last[y];
        }
        result.Same = sameOf.Count(s => s);
        int first = Array.IndexOf(sameOf, false);
        if (first >= 0) result.FirstDifference = Describe(a, b, map, first);
        foreach (var (block, start) in a.First)
        {
            int end = a.Last[block];
            if (end - start + 1 < ParagraphChars) continue;
            bool moved = true;
            for (int i = start; i <= end && moved; i++) moved = a.Blocks[i] != block || !sameOf[i];
            if (moved && Enumerable.Range(start, end - start + 1).Any(i => a.Blocks[i] == block))
                result.MovedParagraphs.Add($"<{block.Name}> \"{Excerpt(a.Text, start, 0, 60)}\"");
        }
        return result;
    }

    private static string Describe(VisibleText a, VisibleText b, int[] map, int at)
    {
        var s = new StringBuilder();
        s.Append("at visible character ").Append(at).Append(": \"").Append(Excerpt(a.Text, at, 30, 30)).Append("\"\n");
        s.Append("    NewsParse:  ").Append(a.Blocks[at].AncestorChain()).Append('\n');
        s.Append("    AngleSharp: ").Append(map[at] >= 0 ? b.Blocks[map[at]].AncestorChain() : "(character not aligned: the other tree has different text here)");
        return s.ToString();
    }

    private static string Excerpt(string text, int at, int before, int after)
    {
        int from = Math.Max(0, at - before);
        int to = Math.Min(text.Length, at + after);
        return text[from..at] + (before > 0 ? "|" : "") + text[at..to];
    }

    /// <summary>The visible characters of a tree, each with its nearest block, and each block's first and last character.</summary>
    private sealed class VisibleText
    {
        public string Text = "";
        public ComparableNode[] Blocks = [];
        /// <summary>The visible text runs (one per text node) as (start, length) in <see cref="Text"/>.</summary>
        public List<(int Start, int Length)> Runs = [];
        public Dictionary<ComparableNode, int> First = new(ReferenceEqualityComparer.Instance);
        public Dictionary<ComparableNode, int> Last = new(ReferenceEqualityComparer.Instance);

        public static VisibleText Of(ComparableNode root)
        {
            var result = new VisibleText();
            var text = new StringBuilder();
            var blocks = new List<ComparableNode>();
            var stack = new Stack<(ComparableNode Node, ComparableNode Block)>();
            stack.Push((root, root));
            while (stack.Count > 0)
            {
                var (node, block) = stack.Pop();
                if (node.IsText)
                {
                    int start = text.Length;
                    foreach (char c in node.Text!)
                    {
                        if (char.IsWhiteSpace(c)) continue;
                        text.Append(c);
                        blocks.Add(block);
                    }
                    if (text.Length > start) result.Runs.Add((start, text.Length - start));
                    continue;
                }
                if (Invisible.Contains(node.Name) && !node.Foreign || node.Name is "svg" or "math") continue;
                var inner = !node.Foreign && BlockNames.Contains(node.Name) ? node : block;
                for (int i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], inner));
            }
            result.Text = text.ToString();
            result.Blocks = [.. blocks];
            // each block's first and last character, its nested blocks' included
            for (int i = 0; i < result.Blocks.Length; i++)
            {
                for (var b = result.Blocks[i]; b is not null; b = b.Parent)
                {
                    if (b.Foreign || !BlockNames.Contains(b.Name)) continue;
                    if (!result.First.ContainsKey(b)) result.First[b] = i;
                    result.Last[b] = i;
                }
            }
            return result;
        }
    }

    /// <summary>Aligns the visible characters of two trees: identical texts one to one, else the common start and end, and a diff of the text runs between.</summary>
    private static class Alignment
    {
        /// <summary>The most runs a diff may skip before the middle is left unaligned.</summary>
        private const int MaxEdits = 2000;

        public static int[] Map(VisibleText a, VisibleText b)
        {
            var map = new int[a.Text.Length];
            Array.Fill(map, -1);
            if (a.Text == b.Text)
            {
                for (int i = 0; i < map.Length; i++) map[i] = i;
                return map;
            }
            // runs as strings; a common prefix and suffix of runs, then Myers' diff of the runs between
            var ra = a.Runs.Select(r => a.Text.Substring(r.Start, r.Length)).ToArray();
            var rb = b.Runs.Select(r => b.Text.Substring(r.Start, r.Length)).ToArray();
            foreach (var (i, j) in MatchedRuns(ra, rb))
            {
                var (sa, la) = a.Runs[i];
                var (sb, _) = b.Runs[j];
                for (int k = 0; k < la; k++) map[sa + k] = sb + k;
            }
            return map;
        }

        private static IEnumerable<(int, int)> MatchedRuns(string[] a, string[] b)
        {
            int prefix = 0;
            while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
            int suffix = 0;
            while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
            var pairs = new List<(int, int)>();
            for (int i = 0; i < prefix; i++) pairs.Add((i, i));
            pairs.AddRange(Myers(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix));
            for (int k = 1; k <= suffix; k++) pairs.Add((a.Length - k, b.Length - k));
            return pairs;
        }

        /// <summary>The matching runs of a[aFrom..aTo] and b[bFrom..bTo] by Myers' O(ND) diff; none when they differ by more than <see cref="MaxEdits"/>.</summary>
        private static List<(int, int)> Myers(string[] a, string[] b, int aFrom, int aTo, int bFrom, int bTo)
        {
            int n = aTo - aFrom, m = bTo - bFrom;
            var pairs = new List<(int, int)>();
            if (n == 0 || m == 0) return pairs;
            int max = Math.Min(n + m, MaxEdits);
            int offset = max + 1;
            var v = new int[2 * max + 3];
            var trace = new List<int[]>();
            int found = -1;
            for (int d = 0; d <= max && found < 0; d++)
            {
                trace.Add((int[])v.Clone());
                for (int k = -d; k <= d; k += 2)
                {
                    int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[aFrom + x] == b[bFrom + y])
                    {
                        x++;
                        y++;
                    }
                    v[offset + k] = x;
                    if (x >= n && y >= m)
                    {
                        found = d;
                        break;
                    }
                }
            }
            if (found < 0) return pairs;
            // walk back through the trace
            int cx = n, cy = m;
            for (int d = found; d >= 0 && (cx > 0 || cy > 0); d--)
            {
                var vd = trace[d];
                int k = cx - cy;
                int prevK = d == 0 ? 0 : k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
                int prevX = d == 0 ? 0 : vd[offset + prevK];
                int prevY = prevX - prevK;
                int startX = d == 0 ? 0 : prevK == k + 1 ? prevX : prevX + 1;
                int startY = startX - k;
                while (cx > startX && cy > startY)
                {
                    cx--;
                    cy--;
                    pairs.Add((aFrom + cx, bFrom + cy));
                }
                cx = prevX;
                cy = prevY;
            }
            pairs.Reverse();
            return pairs;
        }
    }
}
