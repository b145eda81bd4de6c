using System.Buffers;
using NewsParse.Detection;

namespace NewsParse.Html;

/// <summary>
/// The agency a news article credits in the dateline that opens its text: "Hamburg (dpa/lno) – Trotz…", "WASHINGTON
/// (AP) — …", "Montpellier (SID) – …". The wire's convention in German and English news: the place, the credit in
/// parentheses, a dash, then the story; the credit names who wrote it. Read only when the page shows no other byline.
/// The credit is written as an agency's short name is: one to three abbreviations joined by '/', ',' or '-' ("dpa",
/// "dpa/lno", "AP", "iwr-pressedienst"), each all lower case or all upper case and at least two letters; a word written
/// like a name ("Rostow (Russland) –", a country) is a place's gloss, never a credit. Stateless and thread-safe.
/// </summary>
internal static class DatelineCredit
{
    /// <summary>Most characters of the place before the credit ("NAPA COUNTY, Calif.", "Frankfurt/Main").</summary>
    public const int MaxPlaceChars = 40;

    /// <summary>Most characters of the credit inside its parentheses.</summary>
    public const int MaxCreditChars = 30;

    /// <summary>Characters a place never holds: a sentence's or a bracket's.</summary>
    private static readonly SearchValues<char> NotInPlace = SearchValues.Create(")[]:;!?");

    /// <summary>What joins the parts of a credit ("dpa/lno", "iwr-pressedienst").</summary>
    private static readonly SearchValues<char> CreditJoiners = SearchValues.Create("/,-");

    /// <summary>Most parts of a credit ("dpa/lno" has two).</summary>
    private const int MaxCreditParts = 3;

    /// <summary>
    /// The credit of the dateline that opens <paramref name="text"/> (the article's first paragraph) as a byline, or null
    /// when the text opens with no such dateline: a place of at most <see cref="MaxPlaceChars"/> characters that starts
    /// with a capital letter, then the credit in parentheses, then a dash ('-', '–', '—') between white space.
    /// </summary>
    public static AuthorLine? Read(string text)
    {
        var span = text.AsSpan().TrimStart();
        int open = span.IndexOf('(');
        if (open < 2 || open > MaxPlaceChars + 1 || !char.IsUpper(span[0])) return null;
        var place = span[..open];
        if (!char.IsWhiteSpace(place[^1]) || place.IndexOfAny(NotInPlace) >= 0) return null;
        var rest = span[(open + 1)..];
        int close = rest.IndexOf(')');
        if (close < 2 || close > MaxCreditChars) return null;
        var credit = rest[..close].Trim();
        var after = rest[(close + 1)..];
        // "(dpa) – Trotz": a dash between white space follows the credit, as the story's first words do
        if (after.Length < 3 || !char.IsWhiteSpace(after[0])) return null;
        after = after.TrimStart();
        if (after.Length < 2 || after[0] is not ('-' or '–' or '—') || !char.IsWhiteSpace(after[1])) return null;
        if (!IsAgencyCredit(credit)) return null;
        var line = credit.ToString();
        return new AuthorLine(line, [line], Labelled: false);
    }

    /// <summary>True when <paramref name="credit"/> is written as an agency's short name: one to <see cref="MaxCreditParts"/> parts joined by '/', ',' or '-' (white space around them aside), each of at least two letters, all lower case or all upper case.</summary>
    private static bool IsAgencyCredit(ReadOnlySpan<char> credit)
    {
        int parts = 0;
        while (true)
        {
            int cut = credit.IndexOfAny(CreditJoiners);
            var part = (cut < 0 ? credit : credit[..cut]).Trim();
            if (++parts > MaxCreditParts || part.Length < 2) return false;
            bool lower = false, upper = false;
            foreach (char c in part)
            {
                if (!char.IsLetter(c)) return false;
                lower |= char.IsLower(c);
                upper |= char.IsUpper(c);
            }
            if (lower && upper) return false;
            if (cut < 0) break;
            credit = credit[(cut + 1)..];
        }
        return parts > 0;
    }
}
