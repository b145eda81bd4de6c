using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Html.Dom;

/// <summary>Invariants of the tree builder on arbitrary markup (misnested formatting, tables, forms, templates, framesets, foreign content, raw text): it never throws, nests no deeper than the limit, and keeps every word of text.</summary>
public class HtmlTreeProperties
{
    private const int Depth = 6;

    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<a href=x>", "</a>", "<li>", "<ul>", "</ul>", "<table>",
        "<tr>", "<td>", "</td>", "</table>", "<h2>", "</h2>", "<br>", "<img src=y>", "<svg>", "<path/>", "</svg>", "<!-- c -->", "<", ">",
        "</", "&amp;", "&", "\"", "'", "=", " ", "<select>", "<option>", "<dl>", "<dt>", "<dd>", "<html>", "<body>", "<head>", "</body>",
        "word", "<i>", "</i>", "<nobr>", "<font color=red>", "</font>", "<form>", "</form>", "</tr>", "<caption>", "</caption>", "<colgroup>",
        "<col>", "<tbody>", "</tbody>", "<th>", "</select>", "<optgroup>", "<template>", "</template>", "<frameset>", "<frame>", "</frameset>",
        "<math>", "<mi>", "</math>", "<foreignObject>", "<desc>", "<script>", "</script>", "<!--", "-->", "<textarea>", "</textarea>",
        "<pre>", "\n", "<noscript>", "</noscript>", "<title>", "<style>", "</style>", "<marquee>", "<object>", "</object>", "<button>",
        "<h3>", "</h3>", "<plaintext>", "<input type=hidden>", "<!DOCTYPE html>", "\0", "<ruby>", "<rt>", "<applet>", "</applet>",
    ];

    /// <summary>Comments hide their words, a frameset and a template's column group drop text: left out where every word must be kept.</summary>
    private static readonly string[] TextFragments = [.. Fragments.Where(f => f is not ("<!--" or "-->" or "<frameset>" or "<frame>" or "</frameset>" or "<template>"))];

    public static Arbitrary<string> Markup() => Arb.From(Gen.Elements(Fragments).ListOf().Select(l => string.Concat(l)));

    /// <summary>Markup whose every word outside tags is text.</summary>
    public sealed class TextMarkup
    {
        public static Arbitrary<string> Strings() => Arb.From(Gen.Elements(TextFragments).ListOf().Select(l => string.Concat(l)));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(HtmlTreeProperties)])]
    public void Building_never_throws_and_stays_within_the_depth_limit(string html)
    {
        var document = HtmlDocument.Parse(html, Depth);
        var stack = new Stack<(HtmlElement Element, int Depth)>();
        stack.Push((document.Root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            bool leaf = (element.Traits & (HtmlTagTraits.Void | HtmlTagTraits.RawText | HtmlTagTraits.RcData | HtmlTagTraits.PlainText)) != 0;
            if (depth > Depth && !leaf) throw new InvalidOperationException($"<{element.LocalName}> at depth {depth}");
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(TextMarkup)])]
    public bool Every_word_outside_tags_is_kept(string html)
    {
        // "word" stands outside any tag when no '<' is open before it; count those in the page and in the tree's text
        int expected = 0, open = -1;
        for (int i = 0; i < html.Length; i++)
        {
            if (html[i] == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!')) open = i;
            else if (html[i] == '>' && open >= 0) open = -1;
            else if (open < 0 && string.CompareOrdinal(html, i, "word", 0, 4) == 0) expected++;
        }
        var document = HtmlDocument.Parse(html, 256);
        var text = document.Root.TextContent;
        int found = 0;
        for (int at = text.IndexOf("word", StringComparison.Ordinal); at >= 0; at = text.IndexOf("word", at + 4, StringComparison.Ordinal)) found++;
        return found >= expected;
    }

    /// <summary>Nodes given back by <see cref="HtmlDocument.Release"/> are reused by the thread's next page: the tree built from reused nodes is the tree built from new ones, and a released page's nodes carry nothing of it into the next.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(HtmlTreeProperties)])]
    public void A_tree_built_from_released_nodes_is_the_tree_built_from_new_ones(string first, string second)
    {
        string fresh = Dump(HtmlDocument.Parse(second, Depth));  // never released: its nodes are its own
        var released = HtmlDocument.Parse(first + "<p class=x id=y>&amp; text</p>", Depth);
        string firstDump = Dump(released);
        released.Release();
        released.Release();  // a second release gives nothing back twice
        var reused = HtmlDocument.Parse(second, Depth);
        var again = HtmlDocument.Parse(first + "<p class=x id=y>&amp; text</p>", Depth);
        Assert.Equal(fresh, Dump(reused));
        Assert.Equal(firstDump, Dump(again));
        reused.Release();
        again.Release();
    }

    /// <summary>The tree's shape and text, then every element's index, source range and attributes in document order.</summary>
    private static string Dump(HtmlDocument document)
    {
        var output = new System.Text.StringBuilder(TreeDump.Children(document.Root)).Append('|').Append(document.ElementCount);
        var stack = new Stack<HtmlElement>();
        stack.Push(document.Root);
        while (stack.TryPop(out var element))
        {
            output.Append(' ').Append(element.LocalName).Append('#').Append(element.Index).Append('@').Append(element.SourceStart).Append('-').Append(element.SourceEnd);
            for (int k = 0; k < element.AttributeCount; k++) output.Append(' ').Append(element.AttributeNames[k]).Append('=').Append(element.AttributeValueAt(k));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                if (child is HtmlElement inner) stack.Push(inner);
        }
        return output.ToString();
    }
}
