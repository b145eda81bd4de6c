using NewsParse.Detection;
using NewsParse.Detection.Lexicons;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// The article's signature: its author's name written alone on a line where the article's text ends ("…nicht
/// aussterben.&lt;br&gt;&lt;em&gt;Claudia Duwe&lt;/em&gt;", "&lt;p align=right&gt;&lt;em&gt;Denis Clerc&lt;/em&gt;&lt;/p&gt;" under the
/// last paragraph), as essays, columns and press pieces sign. Read by <see cref="BylineChooser"/> for a page that shows no
/// byline. Stateless and thread-safe.
/// </summary>
internal static class ArticleSignature
{
    /// <summary>Most characters of a signature's line.</summary>
    public const int MaxChars = 60;

    /// <summary>
    /// The signature in the article's text (<paramref name="from"/>, its first paragraph, to <paramref name="to"/>, the
    /// end of the chosen content, in <see cref="ArticleHead.Nodes"/>), and the index of its block; null when none, or
    /// when two lines read so (a list of names, not a signature). A signature is a line set in italics (em, i, cite) or
    /// aligned right (<see cref="SetApartLine"/>) that holds one or two persons' names and nothing else
    /// (<see cref="PersonShaped"/>): the last line of a paragraph of the text, after a line break, or a short block right
    /// after one (not a list item, a table cell or a heading); it stands after two thirds of the text's paragraphs at
    /// least (an epigraph's author stands before it), outside quotes, links, comments and chrome.
    /// </summary>
    public static (AuthorLine Line, int At)? Find(ArticleHead head, int from, int to, SiteNames sites)
    {
        var nodes = head.Nodes;
        if (from < 0) return null;
        int total = 0;
        for (int i = from; i < to; i++)
        {
            if (head.IsParagraph(nodes[i])) total += nodes[i].InlineChars - nodes[i].InlineLinkChars;
        }
        (AuthorLine Line, int At)? found = null;
        int before = 0;
        bool afterParagraph = false;
        for (int i = from; i < to; i++)
        {
            var node = nodes[i];
            if (node.Owner != node || node.InlineChars == 0) continue;
            bool paragraph = head.IsParagraph(node);
            bool candidate = paragraph || (afterParagraph && node.InlineChars <= MaxChars);
            afterParagraph = paragraph;
            if (paragraph) before += node.InlineChars - node.InlineLinkChars;
            if (!candidate || before * 3 < total * 2) continue;
            if (node.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "td" or "th" or "dt" or "dd" || node.InlineLinkChars * 2 > node.InlineChars) continue;
            if (ArticleHead.InComments(node) || head.InArticleChrome(node) || InQuote(node)) continue;
            if (SetApartLine(node, out bool whole) is not { } line || (paragraph && whole) || Read(line, sites) is not { } signed) continue;
            if (found is not null) return null;
            found = (signed, i);
        }
        return found;
    }

    /// <summary>True when the element stands in a quote (blockquote, q): a quote's author is not the article's.</summary>
    private static bool InQuote(NodeInfo node)
    {
        for (var up = node; up is not null; up = up.Parent)
        {
            if (up.Name is "blockquote" or "q") return true;
        }
        return false;
    }

    /// <summary>The line as a signature: one or two persons' names (<see cref="PersonShaped"/>), not the site's, and nothing else (no label, no colon after it); null when it is none.</summary>
    private static AuthorLine? Read(string line, SiteNames sites)
    {
        if (line.EndsWith(':')) return null;
        if (AuthorNames.Read(line, marked: false) is not { Labelled: false } read || read.Names.Count > 2) return null;
        if (TitleText.Key(read.Line) != TitleText.Key(line)) return null;
        foreach (var name in read.Names)
        {
            if (!PersonShaped(name) || sites.Names(name)) return null;
        }
        return read;
    }

    /// <summary>
    /// True when <paramref name="name"/> is written as a person's full name: two to four words, each of letters (with a
    /// hyphen, an apostrophe or a period of an initial), opening with a capital, but for the particles inside it ("Jan de
    /// Vries").
    /// </summary>
    private static bool PersonShaped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4) return false;
        for (int k = 0; k < words.Length; k++)
        {
            var word = words[k];
            if (k > 0 && k < words.Length - 1 && BylineLexicon.NameParticles.Contains(word)) continue;
            if (!char.IsUpper(word[0])) return false;
            foreach (char c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.')) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The block's last line when it is set apart as a signature is: the block's whole text when it is short (at most
    /// <see cref="MaxChars"/> characters) and in italics or aligned right (<paramref name="whole"/>), else the text after
    /// its last <c>&lt;br&gt;</c> when italic elements hold all of it ("…aussterben.&lt;br&gt;&lt;em&gt;Claudia Duwe&lt;/em&gt;").
    /// Null when there is no such line.
    /// </summary>
    private static string? SetApartLine(NodeInfo node, out bool whole)
    {
        var block = node.Element;
        whole = node.TextChars <= MaxChars;
        if (whole) return RightAligned(block) || HoldsAllInItalics(block) ? Whitespace.Collapse(TextCollector.Flat(block, MaxChars + 1)).Trim() : null;
        // the italic elements after the last <br>, read from the end
        Dom.HtmlNode? first = null;
        for (var child = block.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (child is Dom.HtmlText text)
            {
                if (!text.Span.IsWhiteSpace()) return null;
                continue;
            }
            var element = (Dom.HtmlElement)child;
            if (element.LocalName == "br")
            {
                if (first is null) continue;
                break;
            }
            if (!IsItalic(element)) return null;
            first = element;
            if (child.PreviousSibling is null) return null;
        }
        if (first is null) return null;
        var line = new System.Text.StringBuilder();
        for (var piece = first; piece is not null && line.Length <= MaxChars; piece = piece.NextSibling)
        {
            if (piece is Dom.HtmlElement element && element.LocalName != "br") line.Append(TextCollector.Flat(element, MaxChars + 1)).Append(' ');
        }
        return line.Length > MaxChars + 1 ? null : Whitespace.Collapse(line.ToString()).Trim();
    }

    /// <summary>True for an element that sets its text in italics (em, i, cite): how a signature is written; bold (strong, b) is how pages write a heading into their text ("&lt;b&gt;Outdoor Days&lt;/b&gt;"), not a signature.</summary>
    private static bool IsItalic(Dom.HtmlElement element) => element.LocalName is "em" or "i" or "cite";

    /// <summary>Most levels of single children <see cref="HoldsAllInItalics"/> goes down.</summary>
    private const int MaxSingleChildLevels = 4;

    /// <summary>True when one italic element under the block (through elements that are an only child: "&lt;p&gt;&lt;em&gt;&lt;font&gt;Denis Clerc") holds all its text.</summary>
    private static bool HoldsAllInItalics(Dom.HtmlElement block)
    {
        var at = block;
        for (int depth = 0; depth < MaxSingleChildLevels; depth++)
        {
            Dom.HtmlElement? only = null;
            for (var child = at.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is Dom.HtmlText text && text.Span.IsWhiteSpace()) continue;
                if (child is not Dom.HtmlElement element || only is not null) return false;
                only = element;
            }
            if (only is null) return false;
            if (IsItalic(only)) return true;
            at = only;
        }
        return false;
    }

    /// <summary>True when the block is aligned right (<c>align=right</c>, or <c>text-align: right</c> in its style), as a letter's signature is.</summary>
    private static bool RightAligned(Dom.HtmlElement block)
    {
        if (block.TryGetAttributeSpan("align", out var align) && align.Trim().Equals("right", StringComparison.OrdinalIgnoreCase)) return true;
        if (!block.TryGetAttributeSpan("style", out var style)) return false;
        int at = style.IndexOf("text-align", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && style[(at + "text-align".Length)..].TrimStart(" :").StartsWith("right", StringComparison.OrdinalIgnoreCase);
    }
}
