using System.Runtime.InteropServices;
using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>
/// Collects the <see cref="Inline"/> runs of the paragraph <see cref="BlockWriter"/> is building, as offsets into its
/// collapsed text: an inline element is opened when it is entered and gets its start at its first visible character;
/// it is closed when it is left and covers up to the last visible character written inside it (an element with no
/// visible text gives no run). A paragraph cut by a block inside an open element ends the run there; the run goes
/// on in the next paragraph. Line breaks and images are points. One per writer; not thread-safe.
/// </summary>
internal sealed class InlineRuns
{
    private readonly List<Open> _open = [];
    private List<Inline>? _runs;
    private int _lastEnd;   // where the last visible character written ends

    private struct Open(InlineKind kind, string? href)
    {
        public InlineKind Kind = kind;
        public string? Href = href;
        public int Start = -1;
    }

    /// <summary>True when no element is open and no run is held (the common case: nothing to do per text).</summary>
    public bool IsIdle => _open.Count == 0 && _runs is null;

    /// <summary>An inline element is entered.</summary>
    public void Enter(InlineKind kind, string? href = null) => _open.Add(new Open(kind, href));

    /// <summary>The inline element entered last is left.</summary>
    public void Leave()
    {
        var open = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (open.Start >= 0) Close(open);
    }

    /// <summary>Visible text was written from <paramref name="start"/> to <paramref name="end"/> of the paragraph's text.</summary>
    public void Text(int start, int end)
    {
        _lastEnd = end;
        var open = CollectionsMarshal.AsSpan(_open);
        for (int i = open.Length - 1; i >= 0 && open[i].Start < 0; i--) open[i].Start = start;
    }

    /// <summary>A line break at <paramref name="at"/>: the space of the text that stands for it, if text follows.</summary>
    public void LineBreak(int at) => Add(new Inline(InlineKind.LineBreak, at, 1));

    /// <summary>An image at <paramref name="at"/>.</summary>
    public void Image(int at, string source, string? alt) => Add(new Inline(InlineKind.Image, at, 0) { Source = source, Alt = alt });

    /// <summary>
    /// The runs of the paragraph just ended, whose text is <paramref name="text"/> (null when it has none); open
    /// elements go on in the next paragraph. Runs past the text, and breaks not on a space, are dropped.
    /// </summary>
    public List<Inline>? Take(string text)
    {
        var open = CollectionsMarshal.AsSpan(_open);
        for (int i = 0; i < open.Length; i++)
        {
            if (open[i].Start < 0) continue;
            Close(open[i]);
            open[i].Start = -1;
        }
        var runs = _runs;
        _runs = null;
        _lastEnd = 0;
        if (runs is null) return null;
        // runs the text no longer holds are dropped, in place and in order (no closure per block)
        int kept = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (r.Start + r.Length > text.Length || (r.Kind == InlineKind.LineBreak && text[r.Start] != ' ') || (r.Kind == InlineKind.Image && r.Start > text.Length)) continue;
            runs[kept++] = r;
        }
        runs.RemoveRange(kept, runs.Count - kept);
        if (runs.Count == 0) return null;
        // outer runs first: by start, then the longer first (an image or break before a run starting there)
        runs.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return runs;
    }

    /// <summary>Adds the run of an element with text; a link whose address was dropped (or missing) is plain text.</summary>
    private void Close(in Open open)
    {
        if (open.Kind == InlineKind.Link && open.Href is null) return;
        Add(new Inline(open.Kind, open.Start, _lastEnd - open.Start) { Href = open.Href });
    }

    private void Add(Inline run) => (_runs ??= []).Add(run);
}
