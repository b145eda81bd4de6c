using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A short copyright or legal line: "© 2025 Site. All rights reserved.", or two legal links or more ("Privacy Policy |
/// Terms of Use"). The word "copyright" in running text ("… Erdogans Copyright und die besondere Kraft der Minze.") is
/// a notice only when it opens the block, comes with a year, or the block is short.
/// </summary>
internal static class FooterDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 40) return null;
        if (FooterLexicon.Rights.FindFirst(c.Words) is { } rights && (rights != "copyright" || IsCopyrightNotice(c)))
            return new BoilerplateVerdict(BoilerplateKind.Footer, $"a short rights notice (\"{rights}\")");
        int links = FooterLexicon.Links.CountDistinct(c.Words);
        return links >= 2 && c.Shape.Words <= 20
            ? new BoilerplateVerdict(BoilerplateKind.Footer, $"a short line of {links} legal or site links")
            : null;
    }

    /// <summary>Most words of a block in which the word "copyright" anywhere makes a notice.</summary>
    public const int ShortNoticeWords = 12;

    private static bool IsCopyrightNotice(DetectionContext c) =>
        c.Shape.Words <= ShortNoticeWords || c.Words[0] is "copyright" || HasYear(c.Lower);

    /// <summary>True when the text holds a four-digit year of the last two centuries standing alone ("2018", "1999-2024").</summary>
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAnyInRange('0', '9'); i >= 0 && i + 4 <= text.Length;)
        {
            int run = i;
            while (run < text.Length && char.IsAsciiDigit(text[run])) run++;
            if (run - i == 4 && text[i] is '1' or '2' && text[i + 1] is '9' or '0') return true;
            int next = run < text.Length ? text[run..].IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : run + next;
        }
        return false;
    }
}
