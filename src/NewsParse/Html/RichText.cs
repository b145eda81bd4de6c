using NewsParse.Model;

namespace NewsParse.Html;

/// <summary>A text and its inline runs (null when plain), as <see cref="RichTextCollector"/> collects them.</summary>
internal readonly record struct RichText(string Text, List<Inline>? Runs)
{
    /// <summary>Each line of the text ("\n" apart) with the runs that fall in it, offsets into the line (null when none).</summary>
    public IEnumerable<(string Line, List<Inline>? Runs)> Lines() => InlineList.Split(Text, Runs, "\n");
}
