using System.Text;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Html;

/// <summary>
/// Collects the visible text of a subtree with its <see cref="Inline"/> runs (links, emphasis, strong, code, line
/// breaks, images), for the blocks <see cref="BlockWriter"/> builds whole: list items, table cells, quotes and FAQ
/// answers. The text is exactly what <see cref="TextCollector.Flat"/> or <see cref="TextCollector.Lines"/> gives for
/// the same subtree; the runs are offsets into it, and in a text of several lines a run never crosses a line end (it
/// is cut there and goes on in the next line). A plain subtree costs no list of runs. Walks with an explicit stack,
/// never recursion. One per writer, its buffers reused from block to block; not thread-safe.
/// </summary>
internal sealed class RichTextCollector(Uri? baseAddress)
{
    private enum Exit : byte { None, Block, Run }

    private readonly Stack<(HtmlNode Node, Exit Exit)> _stack = new(32);
    private readonly InlineRuns _runs = new();
    private readonly StringBuilder _lines = new();
    private CollapsingWriter _line = new(int.MaxValue);
    private List<Inline>? _all;
    private HtmlElement? _skip;

    /// <summary>
    /// The subtree's text on one line (as <see cref="TextCollector.Flat"/>), a <c>&lt;br&gt;</c> a line-break run.
    /// With <paramref name="nested"/>, a list (<c>ul</c>, <c>ol</c>) inside the subtree is not read but added to it,
    /// so a list item's own text comes without the lists nested in it.
    /// </summary>
    public RichText Flat(HtmlElement root, bool keepHidden = false, List<HtmlElement>? nested = null)
    {
        Collect(root, keepHidden, lines: false, nested);
        var text = _line.ToStringAndReturn();
        var runs = _runs.Take(text);
        return new RichText(text, runs);
    }

    /// <summary>
    /// The subtree's text as lines (as <see cref="TextCollector.Lines"/>: block elements and <c>&lt;br&gt;</c> end a
    /// line, empty lines dropped) joined with "\n"; <paramref name="skip"/>, an element inside it, is left out (a
    /// &lt;details&gt;' summary: the answer is the rest).
    /// </summary>
    public RichText Lines(HtmlElement root, bool keepHidden = false, HtmlElement? skip = null)
    {
        _lines.Clear();
        _all = null;
        _skip = skip;
        Collect(root, keepHidden, lines: true, nested: null);
        _skip = null;
        EndLine();
        var text = _lines.ToString();
        _lines.Clear();
        var runs = _all;
        _all = null;
        return new RichText(text, runs);
    }

    private void Collect(HtmlElement root, bool keepHidden, bool lines, List<HtmlElement>? nested)
    {
        var stack = _stack;
        stack.Clear();
        stack.Push((root, Exit.None));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            switch (exit)
            {
                case Exit.Block:
                    Break(lines);
                    continue;
                case Exit.Run:
                    _runs.Leave();
                    continue;
            }
            if (node is HtmlText text)
            {
                int before = _line.Length;
                _line.Append(text.Span);
                if (_line.Length > before) _runs.Text(_line[before] == ' ' ? before + 1 : before, _line.Length);
                continue;
            }
            var element = (HtmlElement)node;
            string name = element.LocalName;
            if (node != root)
            {
                if (element == _skip || HtmlTags.IsSkipped(element) || (!keepHidden && HtmlVisibility.IsHidden(element))) continue;
                if (nested is not null && name is "ul" or "ol")
                {
                    nested.Add(element);
                    continue;
                }
            }
            if (name == "br")
            {
                if (lines) EndLine();
                else
                {
                    _runs.LineBreak(_line.Length);
                    _line.Append(' ');
                }
                continue;
            }
            if (name == "img")
            {
                if (ImageSource.Read(element, baseAddress) is { } image) _runs.Image(_line.Length, image.Address, image.Alt);
                continue;
            }
            if (HtmlTags.IsBlock(element) || name is "td" or "th")
            {
                if (name is "td" or "th") _line.Append(' ');
                else Break(lines);
                stack.Push((element, Exit.Block));
            }
            else if (node != root && RunKind(element) is { } kind)
            {
                _runs.Enter(kind, kind == InlineKind.Link && element.AttributeCount > 0 ? LinkAddress.Resolve(element.GetAttribute("href"), baseAddress) : null);
                stack.Push((element, Exit.Run));
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, Exit.None));
        }
    }

    /// <summary>The run an inline element gives: a link, strong, emphasis or code; null for others.</summary>
    private static InlineKind? RunKind(HtmlElement element)
    {
        string name = element.LocalName;
        if (name == "a") return InlineKind.Link;
        if (HtmlTags.IsEmphasis(name)) return InlineKind.Strong;
        return HtmlTags.InlineRunKind(name);
    }

    private void Break(bool lines)
    {
        if (lines) EndLine();
        else _line.Append(' ');
    }

    /// <summary>Ends the line being collected: kept with its runs (shifted to where it stands) when it has text.</summary>
    private void EndLine()
    {
        var text = _line.ToStringAndReturn();
        var runs = _runs.Take(text);
        if (text.Length == 0) return;
        if (_lines.Length > 0) _lines.Append('\n');
        int offset = _lines.Length;
        _lines.Append(text);
        if (runs is null) return;
        if (offset == 0 && _all is null)
        {
            _all = runs;
            return;
        }
        _all ??= [];
        foreach (var run in runs) _all.Add(run with { Start = run.Start + offset });
    }
}
