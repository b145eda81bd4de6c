namespace NewsParse.Html;

/// <summary>
/// How the markup sets a run of text apart from running text, as <see cref="HeadingMarkup"/> reads it from one element
/// (several may hold at once). A block is set apart by a cue when every piece of its text is (see <see cref="HeadingCueTracker"/>).
/// </summary>
[Flags]
internal enum HeadingCues : byte
{
    None = 0,
    /// <summary>Bold: &lt;b&gt;, &lt;strong&gt;, a table header cell, or font-weight bold (600 and above) in an inline style.</summary>
    Bold = 1 << 0,
    /// <summary>Italic: &lt;i&gt;, &lt;em&gt;, or font-style italic in an inline style.</summary>
    Italic = 1 << 1,
    /// <summary>Underlined: &lt;u&gt; or text-decoration underline in an inline style.</summary>
    Underline = 1 << 2,
    /// <summary>A font larger than the text's: &lt;big&gt;, &lt;font size&gt; above 3, a large font-size in an inline style.</summary>
    Larger = 1 << 3,
    /// <summary>A class or id word of the heading family (<see cref="HintFlags.HeadingName"/>).</summary>
    HeadingName = 1 << 4,
    /// <summary>A font smaller than the text's (&lt;small&gt;, &lt;font size&gt; below 3, a small font-size): fine print, never a heading.</summary>
    Smaller = 1 << 5,
}
