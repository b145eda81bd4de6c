using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// Contact details set in the text: a name, a role or an address with an e-mail address or a phone number ("Felix
/// Losada E-Mail: flosada@nordex-online.com Telefon: +49 - (40) - 300 30 - 1141", "tel +49 611 7878 394 |
/// karen.ehrhardt@springer.com"). Told by structure: an e-mail address (or the "[email protected]" that address
/// obfuscators leave) or a phone number (a run of at least <see cref="MinPhoneDigits"/> digits grouped by spaces,
/// dashes, slashes or brackets, or after a "+"; not a date), in a short block that is not running text: it does not
/// end as a sentence and has at most one sentence inside it. A sentence that gives a number ("Hinweise nimmt die
/// Polizei unter 089 2910-0 entgegen.") ends as one and stays text.
/// </summary>
internal static class ContactDetector
{
    /// <summary>Most words of a block read as contact details.</summary>
    public const int MaxWords = 50;

    /// <summary>Fewest digits of a phone number.</summary>
    public const int MinPhoneDigits = 7;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        var shape = c.Shape;
        if (shape.Words > MaxWords || shape.EndsSentence || shape.IsQuestion || shape.SentenceBreaks > 1) return null;
        var text = c.Block.Text.AsSpan();
        bool mail = HasMailAddress(text);
        if (!mail && !HasPhoneNumber(text)) return null;
        return new BoilerplateVerdict(BoilerplateKind.Other, mail ? "contact details (an e-mail address), not running text" : "contact details (a phone number), not running text");
    }

    /// <summary>True when the text holds "name@host.tld" or the "[email protected]" left by address obfuscators.</summary>
    internal static bool HasMailAddress(ReadOnlySpan<char> text)
    {
        for (int at = text.IndexOf('@'); at >= 0; at = NextAt(text, at))
        {
            if (at > 0 && BlockWords.IsWordChar(text[at - 1]))
            {
                int dot = text[(at + 1)..].IndexOfAny(' ', '.');
                if (dot > 0 && text[at + 1 + dot] == '.' && at + 2 + dot < text.Length && BlockWords.IsWordChar(text[at + 2 + dot])) return true;
            }
        }
        return text.Contains("email protected]", StringComparison.OrdinalIgnoreCase);
    }

    private static int NextAt(ReadOnlySpan<char> text, int at)
    {
        int next = text[(at + 1)..].IndexOf('@');
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>
    /// True when the text holds a phone number: a run of digit groups joined by the signs of phone numbers (spaces, "-",
    /// "/", "(", ")", ".") with at least <see cref="MinPhoneDigits"/> digits, that is dialled as one — after a "+",
    /// with a trunk "0" or an area code in brackets, or after a phone label ("Tel", "Telefon", "Phone", "Fax") — and
    /// is grouped by another sign than a dot; not a run that reads as dates or amounts: grouped by dots only
    /// ("27.11.2019"), years ("1957–1959": groups of four), thousands ("1 500 000": groups of three after the first), or
    /// a date written with other signs ("03-10-2004 2:20pm", "5/11/2021": day, month and a year of four digits).
    /// </summary>
    internal static bool HasPhoneNumber(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            bool grouped = false, thousands = true, years = true;
            int digits = 0, groups = 0, group = 0, end = i;
            int first = 0, second = 0, third = 0;   // the lengths of the first three groups
            while (end < text.Length)
            {
                if (char.IsAsciiDigit(text[end]))
                {
                    digits++;
                    group++;
                    end++;
                    continue;
                }
                // Signs between groups count when another group follows them.
                int next = end;
                bool dotsOnly = true;
                while (next < text.Length && text[next] is ' ' or '-' or '–' or '/' or '(' or ')' or '.' && next - end < 4)
                {
                    dotsOnly &= text[next] == '.';
                    next++;
                }
                if (next == end || next >= text.Length || !char.IsAsciiDigit(text[next])) break;
                Note(groups, group, ref first, ref second, ref third);
                groups++;
                if (groups > 1) thousands &= group == 3;
                years &= group == 4;
                group = 0;
                grouped |= !dotsOnly;
                end = next;
            }
            if (group > 0)
            {
                Note(groups, group, ref first, ref second, ref third);
                groups++;
                if (groups > 1) thousands &= group == 3;
                years &= group == 4;
            }
            if (digits >= MinPhoneDigits)
            {
                if (i > 0 && text[i - 1] == '+') return true;
                bool dialled = (i > 0 && text[i - 1] == '(') || text[i] == '0' || AfterPhoneLabel(text[..i]);
                bool date = groups >= 3 && first <= 2 && second <= 2 && third == 4;
                if (dialled && groups >= 2 && grouped && !thousands && !years && !date) return true;
            }
            if (end >= text.Length) return false;
            int more = text[end..].IndexOfAnyInRange('0', '9');
            i = more < 0 ? -1 : end + more;
        }
        return false;
    }

    private static void Note(int index, int length, ref int first, ref int second, ref int third)
    {
        if (index == 0) first = length;
        else if (index == 1) second = length;
        else if (index == 2) third = length;
    }

    /// <summary>True when the text before a number ends with a phone label and its separators ("Tel.: ", "Telefon ", "phone: ").</summary>
    private static bool AfterPhoneLabel(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd(" :.\u00A0").TrimEnd();
        int start = rest.Length;
        while (start > 0 && char.IsLetter(rest[start - 1])) start--;
        var label = rest[start..];
        if (label.Length is 0 or > 10) return false;
        foreach (var known in PhoneLabels)
        {
            if (label.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Labels of phone numbers in the main languages of news sites.</summary>
    private static readonly string[] PhoneLabels =
    [
        "tel", "telefon", "telephone", "phone", "fax", "mobil", "mobile", "handy", "tél", "téléphone", "teléfono", "telefone", "telefono",
        "telefoon", "тел", "телефон", "telp", "फोन", "ফোন", "هاتف", "电话", "電話",
    ];
}
