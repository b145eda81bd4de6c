using System.Globalization;
using System.Text;
using NewsParse.Reading;

namespace NewsParse.Html;

/// <summary>
/// Why <see cref="HeadingEvidence"/> read a block as a heading: the cues that set it apart, its shape, what follows
/// it, how many like it the article has, what counted against it, and why it has its level; written when read.
/// </summary>
internal sealed class HeadingEvidenceReason(HeadingCues cues, int size, int textSize, int words, string follower, int alike,
    bool afterImage, bool beforeBody, string levelWhy) : DeferredReason
{
    protected override string Write()
    {
        var text = new StringBuilder("set apart by ");
        int start = text.Length;
        void Cue(HeadingCues cue, string what)
        {
            if ((cues & cue) == 0) return;
            if (text.Length > start) text.Append(", ");
            text.Append(what);
        }
        Cue(HeadingCues.Bold, "bold");
        Cue(HeadingCues.Larger, string.Create(CultureInfo.InvariantCulture, $"a larger font ({size}px, the text {textSize}px)"));
        Cue(HeadingCues.Italic, "italics");
        Cue(HeadingCues.Underline, "underline");
        Cue(HeadingCues.HeadingName, "a class or id naming a heading");
        text.Append(CultureInfo.InvariantCulture, $"; one short line ({words} words) without sentence end; {follower}");
        if (alike >= 2) text.Append(CultureInfo.InvariantCulture, $"; {alike} lines of its shape in the article");
        if (afterImage) text.Append("; after an image (a caption?)");
        if (beforeBody) text.Append("; above the article's text (a standfirst?)");
        return text.Append("; ").Append(levelWhy).ToString();
    }
}
