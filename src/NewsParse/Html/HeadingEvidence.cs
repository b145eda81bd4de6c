using NewsParse.Detection;
using NewsParse.Html.Dom;
using NewsParse.Reading;

namespace NewsParse.Html;

/// <summary>
/// Finds the section headings a reader sees where no h1–h6 or role="heading" marks them: bold or strong lines between
/// paragraphs, &lt;font size&gt; and &lt;big&gt; blocks, short lines in a larger inline style, classed elements
/// (subsection-title, zwischentitel, intertitre...), whole-line italics, table cells heading a block of text.
/// </summary>
/// <remarks>
/// <para>
/// Every paragraph the <see cref="BlockWriter"/> writes inside the content is shown to <see cref="Observe"/>. A
/// <em>candidate</em> is one short line without sentence end (<see cref="TextShape.IsTitleLike"/>, the title-like line
/// of text dumps, at most <see cref="MaxWords"/> words), not a link, byline or date line, whose every piece of text is
/// set apart by the markup (<see cref="HeadingCues"/>). A cue counts only against the article's own text: bold sets
/// nothing apart on a page whose paragraphs are mostly bold, a size is larger only against the size most of the text
/// has. Once the page is written, <see cref="Decide"/> weighs each candidate: bold, a larger font or a class word of
/// the heading family <see cref="StrongCuePoints"/> each, italic or underline one; one more when body text longer
/// than itself follows it, or a heading found here (its first subsection); one more when candidates of its shape (the
/// same cues, size and element) recur through the article; <see cref="AfterImagePoints"/> less right after an image, in
/// its box (a caption, <see cref="IsCaptionPlace"/>), one less above all the article's text (a standfirst), one less
/// for italics or underline alone right under
/// a tagged heading (its subtitle). A leading number ("1. ") is not read as a sentence end; a line holding a path or
/// address ("C:/Users/...") is no candidate. A candidate followed by nothing, or by another candidate that is no
/// heading, is no heading. With <see cref="MinPoints"/> or more it is a heading.
/// </para>
/// <para>
/// Levels: a heading directly followed by another is its parent, as in text dumps. Otherwise one deeper than the last
/// tagged heading before it, else the level of the page's first tagged heading (a sibling of the top-level sections),
/// else 2; visual weight (font size, then bold, italic, underline, class) orders the headings
/// found here: a heading nests under a heavier one open before it when the page shows that nesting (a heavier heading
/// directly followed by a weaker one, or both shapes recurring with the heavier first); headings of equal weight, or
/// of shapes never shown nested, are siblings.
/// </para>
/// One per page; not thread-safe.
/// </remarks>
internal sealed class HeadingEvidence
{
    /// <summary>Most words of a line set apart by markup that can be a heading (a longer bold line is an emphasised sentence).</summary>
    public const int MaxWords = 15;

    /// <summary>Points a candidate needs to be a heading.</summary>
    public const int MinPoints = 3;

    /// <summary>Points of a strong cue: bold, a larger font, a class word of the heading family.</summary>
    public const int StrongCuePoints = 2;

    /// <summary>Points a candidate loses right after an image, where a caption stands.</summary>
    public const int AfterImagePoints = 2;

    /// <summary>A size is larger than the text's when at least this many per cent of it (and two pixels more).</summary>
    public const int LargerPercent = 112;

    /// <summary>A size is smaller than the text's (fine print) below this many per cent of it.</summary>
    public const int SmallerPercent = 90;

    /// <summary>
    /// An image and a line after it share an ancestor at most this many levels above each when the line stands where a
    /// caption does (under the image in its box, paragraph or table); farther apart, the image belongs to another block.
    /// </summary>
    public const int CaptionLevels = 3;

    private const HeadingCues Marks = HeadingCues.Bold | HeadingCues.Italic | HeadingCues.Underline | HeadingCues.HeadingName;

    private readonly List<Candidate> _candidates = [];
    private readonly Dictionary<int, int> _sizeChars = [];   // body text: characters by font size
    private int _bodyChars, _boldChars, _italicChars, _underlineChars, _namedChars;

    /// <summary>A paragraph that may be a heading, as written (a paragraph until <see cref="Decide"/>).</summary>
    private sealed class Candidate(int index, string text, HeadingCues cues, int size, string element, bool afterImage, int words, bool leadLine)
    {
        public bool LeadLine { get; } = leadLine;
        public bool Label { get; } = text.EndsWith(':');   // "Programm:": the label of what follows
        public int Index { get; } = index;
        public string Text { get; } = text;
        public HeadingCues Cues { get; set; } = cues;
        public int Size { get; } = size;
        public string Element { get; } = element;
        public bool AfterImage { get; } = afterImage;
        public int Words { get; } = words;

        public int Weight;           // visual weight: size, then bold, italic, underline, class
        public long Shape;           // weight and element: what "the same shape" means for recurrence
        public Follower Next;
        public Candidate? NextCandidate;
        public bool BeforeBody;
        public bool UnderTag;        // right under a tagged heading, nothing between
        public int Alike;            // candidates of its shape followed by text or a candidate
        public int Points;
        public bool Accepted;
        public int Level;
        public string? LevelWhy;
    }

    /// <summary>What follows a candidate in the content.</summary>
    private enum Follower : byte { Nothing, LongerText, ShorterText, Candidate, TaggedHeading }

    /// <summary>
    /// Shows one paragraph of the content, just written at <paramref name="index"/> of the output: records it as a
    /// candidate, or counts its text as the article's (for what sets a line apart). True when it is a candidate.
    /// <paramref name="element"/> is the name of the block element holding it; <paramref name="afterImage"/> is true
    /// when an image stands right before it; <paramref name="leadLine"/> when it is the first line of a paragraph, ended
    /// at a line break (<see cref="IsLeadLine"/>): the rest of that paragraph, its follower, counts as body text only when
    /// it is prose (a sentence end, or more words than a heading has), not a name's address or title lines.
    /// </summary>
    public bool Observe(int index, string text, int chars, int linkChars, HeadingCues cues, int size, string element, bool afterImage, bool leadLine = false)
    {
        if (text.Length <= TextShape.MaxHeadingChars && linkChars * 2 <= chars && ((cues & Marks) != 0 || size != HeadingMarkup.NormalSize)
            && Words(text, IsLeadCue(cues, size)) is > 0 and var words)
        {
            _candidates.Add(new Candidate(index, text, cues, size, element, afterImage, words, leadLine));
            return true;
        }
        _bodyChars += chars;
        _sizeChars[size] = _sizeChars.GetValueOrDefault(size) + chars;
        if ((cues & HeadingCues.Bold) != 0) _boldChars += chars;
        if ((cues & HeadingCues.Italic) != 0) _italicChars += chars;
        if ((cues & HeadingCues.Underline) != 0) _underlineChars += chars;
        if ((cues & HeadingCues.HeadingName) != 0) _namedChars += chars;
        return false;
    }

    /// <summary>
    /// The words of <paramref name="text"/> when it has the shape of a heading, else 0: one short line without sentence
    /// end (a leading number "1. " not read as one), at most <see cref="MaxWords"/> words, no path, no byline or date
    /// line. A line ending with a colon ("Programm:", "Zutaten:") has that shape too when <paramref name="strong"/>
    /// (bold, a larger font or a heading class sets it apart): it stands alone as the label of what follows, and is a
    /// heading only when prose follows it (not links, contact lines or boilerplate a label names).
    /// </summary>
    internal static int Words(string text, bool strong)
    {
        // "1. Christie Leigh Mueller", "IV) Results": a numbered heading is judged without its number
        int number = NumberEnd(text);
        var core = number == 0 ? text : text[number..];
        if (strong && core.Length > 1 && core[^1] == ':') core = core[..^1];
        var shape = TextShape.Of(core);
        return shape.IsTitleLike && shape.Words <= MaxWords && !HasPath(text) && BylineReader.Read(text, shape) is null ? shape.Words : 0;
    }

    /// <summary>
    /// True when cues of a first line ending at a line break (<paramref name="cues"/>, <paramref name="size"/> as read so
    /// far) may set it apart as a heading: bold, underline, a heading class or a larger inline size (italics alone mark
    /// captions and credits more often than headings).
    /// </summary>
    internal static bool IsLeadCue(HeadingCues cues, int size) =>
        (cues & (HeadingCues.Bold | HeadingCues.Underline | HeadingCues.HeadingName)) != 0
        || (size * 100 >= HeadingMarkup.NormalSize * LargerPercent && size >= HeadingMarkup.NormalSize + 2);

    /// <summary>
    /// True when <paramref name="text"/>, the first line of a paragraph set apart by a lead cue (<see cref="IsLeadCue"/>)
    /// and ended by a line break, has the shape of a heading (<see cref="Words"/>): the writer then ends the paragraph
    /// there, so the line is weighed as a block of its own.
    /// </summary>
    internal static bool IsLeadLine(string text) => Words(text, strong: true) > 0;

    /// <summary>
    /// True when <paramref name="line"/> (the block element holding a line written right after <paramref name="image"/>)
    /// stands where the image's caption does: both within <see cref="CaptionLevels"/> levels of a shared ancestor. A
    /// line of another box (a section after a gallery of images) is no caption. Unknown: true.
    /// </summary>
    internal static bool IsCaptionPlace(HtmlElement image, HtmlElement? line)
    {
        if (line is null) return true;
        var up = line;
        for (int i = 0; i <= CaptionLevels && up is not null; i++, up = up.Parent)
        {
            var around = image.Parent;
            for (int j = 1; j <= CaptionLevels && around is not null; j++, around = around.Parent)
            {
                if (ReferenceEquals(around, up)) return true;
            }
        }
        return false;
    }

    /// <summary>Where the text goes on after a leading number ("1. ", "12) ", "IV. "); 0 when it has none.</summary>
    internal static int NumberEnd(string text)
    {
        int i = 0;
        while (i < text.Length && i < 4 && (char.IsAsciiDigit(text[i]) || text[i] is 'I' or 'V' or 'X')) i++;
        return i > 0 && i + 2 < text.Length && text[i] is '.' or ')' && text[i + 1] == ' ' ? i + 2 : 0;
    }

    /// <summary>True when a word of the text is a path or an address ("C:/Users/...", "example.org/a/b"): code or a link written out, no heading.</summary>
    internal static bool HasPath(string text)
    {
        int slashes = 0;
        foreach (char ch in text)
        {
            if (ch == ' ') slashes = 0;
            else if (ch is '/' or '\\' && ++slashes >= 2) return true;
        }
        return false;
    }

    /// <summary>
    /// Decides the candidates once the page is written: those that are headings replace their paragraph in
    /// <paramref name="output"/> with a heading of their level, and their normalised text is added to <paramref name="titles"/>.
    /// </summary>
    public void Decide(List<SourceBlock> output, HashSet<string> titles)
    {
        if (_candidates.Count == 0) return;
        int textSize = TextSize();
        var byIndex = new Dictionary<int, Candidate>(_candidates.Count);
        foreach (var c in _candidates)
        {
            byIndex[c.Index] = c;
            c.Cues = EffectiveCues(c, textSize);
        }
        Follow(output, byIndex);
        var alike = new Dictionary<long, int>();
        foreach (var c in _candidates)
        {
            if (c.Next is Follower.LongerText or Follower.Candidate) alike[c.Shape] = alike.GetValueOrDefault(c.Shape) + 1;
        }
        // from the last to the first: a candidate followed by a weaker one needs to know whether that one is a heading
        for (int k = _candidates.Count - 1; k >= 0; k--)
        {
            var c = _candidates[k];
            c.Alike = alike.GetValueOrDefault(c.Shape);
            c.Points = Points(c);
            c.Accepted = c.Cues != HeadingCues.None && (c.Cues & HeadingCues.Smaller) == 0 && c.Points >= MinPoints
                && Follows(c) && (!c.Label || c.Next == Follower.LongerText);
        }
        Levels(output, byIndex);
        foreach (var c in _candidates)
        {
            if (!c.Accepted) continue;
            var paragraph = output[c.Index];
            output[c.Index] = new SourceBlock(SourceBlockKind.Heading, paragraph.Text, paragraph.Span)
            {
                Level = c.Level,
                LinkDensity = paragraph.LinkDensity,
                IsEmphasisOnly = paragraph.IsEmphasisOnly,
                FromHtml = true,
                HeadingReason = new HeadingEvidenceReason(c.Cues, c.Size, textSize, c.Words, FollowerText(c), c.Alike, c.AfterImage, c.BeforeBody, c.LevelWhy!),
            };
            titles.Add(BlockWriter.Normalize(c.Text));
        }
    }

    /// <summary>The size most of the article's text has (the normal size when it has none).</summary>
    private int TextSize()
    {
        int best = HeadingMarkup.NormalSize, bestChars = 0;
        foreach (var (size, chars) in _sizeChars)
        {
            if (chars > bestChars) (best, bestChars) = (size, chars);
        }
        return best;
    }

    /// <summary>The cues that set the candidate apart from this article's text; its weight and shape.</summary>
    private HeadingCues EffectiveCues(Candidate c, int textSize)
    {
        var cues = c.Cues & Marks;
        // a cue most of the article's text has sets nothing apart
        if (_boldChars * 2 > _bodyChars) cues &= ~HeadingCues.Bold;
        if (_italicChars * 2 > _bodyChars) cues &= ~HeadingCues.Italic;
        if (_underlineChars * 2 > _bodyChars) cues &= ~HeadingCues.Underline;
        if (_namedChars * 2 > _bodyChars) cues &= ~HeadingCues.HeadingName;
        int size = textSize;
        if (c.Size * 100 >= textSize * LargerPercent && c.Size >= textSize + 2)
        {
            cues |= HeadingCues.Larger;
            size = c.Size;
        }
        else if (c.Size * 100 < textSize * SmallerPercent) cues |= HeadingCues.Smaller;
        c.Weight = Math.Min(size, 999) * 16
            + ((cues & HeadingCues.Bold) != 0 ? 8 : 0) + ((cues & HeadingCues.Italic) != 0 ? 4 : 0)
            + ((cues & HeadingCues.Underline) != 0 ? 2 : 0) + ((cues & HeadingCues.HeadingName) != 0 ? 1 : 0);
        c.Shape = (long)c.Weight << 32 | (uint)string.GetHashCode(c.Element, StringComparison.Ordinal);
        return cues;
    }

    /// <summary>What follows each candidate (boilerplate the markup names is looked through), and whether text is above it.</summary>
    private void Follow(List<SourceBlock> output, Dictionary<int, Candidate> byIndex)
    {
        bool body = false, tagged = false;
        int k = 0;
        for (int i = 0; i < output.Count && k < _candidates.Count; i++)
        {
            var block = output[i];
            if (block.MarkupBoilerplate is not null) continue;
            if (!byIndex.TryGetValue(i, out var c))
            {
                body = true;
                tagged = block.Kind == SourceBlockKind.Heading;
                continue;
            }
            k++;
            c.BeforeBody = !body;
            c.UnderTag = tagged;
            tagged = false;
            int j = i + 1;
            while (j < output.Count && output[j].MarkupBoilerplate is not null) j++;
            if (j == output.Count) c.Next = Follower.Nothing;
            else if (byIndex.TryGetValue(j, out var next))
            {
                c.Next = Follower.Candidate;
                c.NextCandidate = next;
            }
            else if (output[j].Kind == SourceBlockKind.Heading) c.Next = Follower.TaggedHeading;
            else c.Next = output[j].Text.Length > c.Text.Length && (!(c.LeadLine || c.Label) || (IsProse(output[j].Text) && output[j].LinkDensity <= 0.5))
                ? Follower.LongerText : Follower.ShorterText;
        }
    }

    /// <summary>True when the text reads as prose: it ends a sentence, holds one, or has more words than a heading has.</summary>
    private static bool IsProse(string text) =>
        TextShape.Of(text) is var shape && (shape.EndsSentence || shape.SentenceBreaks > 0 || shape.Words > MaxWords);

    private static int Points(Candidate c)
    {
        int points = 0;
        if ((c.Cues & HeadingCues.Bold) != 0) points += StrongCuePoints;
        if ((c.Cues & HeadingCues.Larger) != 0) points += StrongCuePoints;
        if ((c.Cues & HeadingCues.HeadingName) != 0) points += StrongCuePoints;
        if ((c.Cues & HeadingCues.Italic) != 0) points++;
        if ((c.Cues & HeadingCues.Underline) != 0) points++;
        if (c.Next == Follower.LongerText || (c.Next == Follower.Candidate && c.NextCandidate!.Accepted)) points++;
        if (c.Alike >= 2) points++;
        if (c.AfterImage) points -= AfterImagePoints;
        if (c.BeforeBody) points--;
        // a line of weak cues right under a tagged heading is that heading's subtitle (an italic kicker)
        if (c.UnderTag && (c.Cues & (HeadingCues.Bold | HeadingCues.Larger | HeadingCues.HeadingName)) == 0) points--;
        return points;
    }

    /// <summary>True when what follows lets the candidate open a section: text, a tagged heading, or a heading found here (its first subsection).</summary>
    private static bool Follows(Candidate c) => c.Next switch
    {
        Follower.LongerText or Follower.ShorterText or Follower.TaggedHeading => true,
        Follower.Candidate => c.NextCandidate!.Accepted,
        _ => false,
    };

    private static string FollowerText(Candidate c) => c.Next switch
    {
        Follower.LongerText => "followed by longer text",
        Follower.ShorterText => "followed by shorter text",
        Follower.TaggedHeading => "followed by a tagged heading",
        _ => "followed by a weaker heading",
    };

    /// <summary>Gives the accepted candidates their levels (see the remarks).</summary>
    private void Levels(List<SourceBlock> output, Dictionary<int, Candidate> byIndex)
    {
        var nested = Nesting();
        int tagged = 0, firstTagged = 0;
        for (int i = 0; i < output.Count && firstTagged == 0; i++)
        {
            if (output[i] is { Kind: SourceBlockKind.Heading, MarkupBoilerplate: null } && !byIndex.ContainsKey(i)) firstTagged = output[i].Level;
        }
        var open = new List<Candidate>();
        Candidate? previous = null;   // the block before, when it is a heading found here
        for (int i = 0; i < output.Count; i++)
        {
            var block = output[i];
            if (block.MarkupBoilerplate is not null) continue;
            var last = previous;
            previous = null;
            if (!byIndex.TryGetValue(i, out var c) || !c.Accepted)
            {
                if (c is null && block.Kind == SourceBlockKind.Heading)
                {
                    tagged = block.Level;
                    open.Clear();
                }
                continue;
            }
            previous = c;
            if (last is not null)
            {
                // a heading directly followed by another is its parent, as in text dumps
                c.Level = Math.Min(last.Level + 1, 6);
                c.LevelWhy = $"level {c.Level}: directly under the heading before it";
                open.Add(c);
                continue;
            }
            while (open.Count > 0 && !(open[^1].Weight > c.Weight && nested.Contains((open[^1].Shape, c.Shape)))) open.RemoveAt(open.Count - 1);
            if (open.Count > 0)
            {
                c.Level = Math.Min(open[^1].Level + 1, 6);
                c.LevelWhy = $"level {c.Level}: under the heavier heading before it";
            }
            else if (tagged > 0)
            {
                c.Level = Math.Min(tagged + 1, 6);
                c.LevelWhy = $"level {c.Level}: under the level-{tagged} heading before it";
            }
            else if (firstTagged > 0)
            {
                // above the page's first tagged heading: a sibling of the page's top-level sections, not their parent
                c.Level = firstTagged;
                c.LevelWhy = $"level {firstTagged}: of the page's first tagged heading, after it (a top-level heading)";
            }
            else
            {
                c.Level = 2;
                c.LevelWhy = "level 2: a top-level heading";
            }
            open.Add(c);
        }
    }

    /// <summary>
    /// The pairs of shapes (heavier, weaker) the page shows nested: a heavier heading directly followed by a weaker
    /// one, or both shapes recurring with the heavier one first (a weaker heading after text nests under a heavier one
    /// open before it only then).
    /// </summary>
    private HashSet<(long, long)> Nesting()
    {
        var nested = new HashSet<(long, long)>();
        var first = new Dictionary<long, (int Order, int Count, int Weight)>();
        foreach (var c in _candidates)
        {
            if (!c.Accepted) continue;
            if (c.Next == Follower.Candidate && c.NextCandidate!.Accepted && c.NextCandidate.Weight < c.Weight) nested.Add((c.Shape, c.NextCandidate.Shape));
            first[c.Shape] = first.TryGetValue(c.Shape, out var seen) ? seen with { Count = seen.Count + 1 } : (first.Count, 1, c.Weight);
        }
        foreach (var (heavy, h) in first)
        {
            foreach (var (weak, w) in first)
            {
                if (h.Weight > w.Weight && h.Count >= 2 && w.Count >= 2 && h.Order < w.Order) nested.Add((heavy, weak));
            }
        }
        return nested;
    }
}
