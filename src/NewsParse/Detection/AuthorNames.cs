using NewsParse.Detection.Lexicons;
using NewsParse.Text;

namespace NewsParse.Detection;

/// <summary>
/// Reads the author names out of a byline, as a page or a dump writes it: "By Jane Doe and John Roe | May 9, 2025",
/// "Von Anna Schmidt, 9. März 2025, 14:05 Uhr", "Auteurs : Pierre Puchot", "Rob Ewaschuk Edited by Betsy Beyer".
/// <list type="number">
/// <item>A line that ends in a verb of commenting ("Aylin sagt:", "NCWien says:", <see cref="BylineLexicon.CommentVerbs"/>) is a comment, not a byline; one that opens with a source's label ("Quelle: dpa", <see cref="BylineLexicon.SourceLabels"/>) is a credit, not a byline.</item>
/// <item>Dates and clock times go with the words around them (<see cref="BylineReader.WithoutDateTime"/>), and so does what
/// they leave after a name ("Malcolm Owen (07:05 pm ET)"), from its first word with no capital when a digit follows.</item>
/// <item>A label at the start goes ("By", "Von", "Par", "Por", "Posted by", "Auteurs", "Text:": <see cref="BylineLexicon.Labels"/>).</item>
/// <item>The line is cut before the first role of someone else ("Edited by", "Photos:": <see cref="BylineLexicon.OtherRoles"/>) and at the
/// first strong separator (" | ", " • ", " · ", " — ", " – ", " - "): what follows is a role, a section or a date.</item>
/// <item>Co-authors in parentheses after the first ("Martin Untersinger (avec Damien Leloup et Morgane Tual)": <see cref="BylineLexicon.CoAuthorWords"/>) are names of the line.</item>
/// <item>Names are split at commas, semicolons, slashes between full names ("E. Barreneche / J. I. da Silva") and joining words ("and", "und", "et", "y": <see cref="BylineLexicon.Joiners"/>); a degree after a comma
/// ("Brenda Goodman, MA") stays with its name; a job title after a comma ("Staff Writer", "AP National Political Writer") goes;
/// a line whose joining word joins words of a phrase ("The Russian and Syrian defense ministries") names no one; a space before a comma goes.</item>
/// <item>A name is one to five words of at most 60 characters with a letter, no address ("@", "://", "www.") and no
/// sentence end; not a placeholder or a form label ("Name (erforderlich)", "admin", "Follow": <see cref="BylineLexicon.NotNames"/>);
/// and, unless the markup marks the text as the author, each of its words starts with a capital (or a letter of a script
/// without case), particles aside ("von", "de", "da": <see cref="BylineLexicon.NameParticles"/>); marked, it may be in lower case,
/// but not in a line that held a date and has capitals elsewhere ("PTI, Washington, ist ist"); a name of one word
/// after a label of several words ("Gespeichert von rasos", "Posted by jdoe") may be a user name in lower case.</item>
/// </list>
/// Thread-safe: what it keeps is each thread's own store of the texts it read last (<see cref="recent"/>), which changes no result.
/// </summary>
internal static class AuthorNames
{
    /// <summary>Most characters of a byline read for names.</summary>
    public const int MaxLineChars = 250;

    /// <summary>Most names one byline gives.</summary>
    public const int MaxNames = 8;

    /// <summary>Most words of one name.</summary>
    public const int MaxNameWords = 5;

    private static readonly string[] StrongSeparators = [" | ", " • ", " · ", " — ", " – ", " - ", " // ", "|"];

    /// <summary>
    /// The names of <paramref name="text"/>, and the byline as written without its label, dates and what follows the
    /// names; null when it names nobody (or is a comment). <paramref name="marked"/>: the markup marks the text as the
    /// author (rel=author, itemprop=author, a byline class, a meta tag), so a name may start in lower case ("giampiero maggio").
    /// </summary>
    public static AuthorLine? Read(string text, bool marked) => Read(text, marked, labelledOnly: false);

    /// <summary>
    /// As <see cref="Read(string, bool)"/> for a line the markup does not mark, when only a labelled byline is wanted
    /// ("Von Anna Schmidt"): null as soon as the line is found to open with no label (what follows is not read).
    /// </summary>
    public static AuthorLine? ReadLabelled(string text) => Read(text, marked: false, labelledOnly: true);

    private static AuthorLine? Read(string text, bool marked, bool labelledOnly)
    {
        // a long text (a paragraph asked whether it is a byline) is no line: read, not kept
        if (text.Length > 2 * MaxLineChars) return ReadAnew(text, marked, labelledOnly);
        var lines = recent ??= [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        var read = lines[labelledOnly ? 2 : marked ? 1 : 0];
        if (read.TryGetValue(text, out var known)) return known;
        var names = ReadAnew(text, marked, labelledOnly);
        if (read.Count >= MaxRecentLines) read.Clear();
        read[text] = names;
        return names;
    }

    /// <summary>Most texts (of at most twice <see cref="MaxLineChars"/> characters) whose reading <see cref="recent"/> keeps, for each way of reading, before it is emptied.</summary>
    private const int MaxRecentLines = 256;

    /// <summary>
    /// The names read from the texts read last on this thread, for each way of reading (unmarked, marked, labelled only),
    /// so that each is read once (the byline's readers ask of the same block texts: as a byline element, its inner
    /// author, a byline or date line); emptied when one holds <see cref="MaxRecentLines"/>. The reading depends on the
    /// text and the way alone, and an <see cref="AuthorLine"/> is never changed, so this changes no result.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, AuthorLine?>[]? recent;

    private static AuthorLine? ReadAnew(string text, bool marked, bool labelledOnly)
    {
        var line = Whitespace.Collapse(WithoutInvisible(text));
        if (line.Length == 0 || line.Length > MaxLineChars || IsComment(line) || OpensWithSourceLabel(line)) return null;
        var undated = BylineReader.WithoutDateTime(line);
        bool dated = !ReferenceEquals(undated, line);
        line = undated;
        bool labelled = false, explicitly = false, interview = false;
        for (int round = 0; round < 2; round++)
        {
            interview |= OpensWithInterviewLabel(line);
            var rest = WithoutLabel(line, out bool explicitLabel);
            if (rest is null) break;
            labelled = true;
            explicitly |= explicitLabel;
            line = rest;
        }
        if (labelledOnly && !labelled) return null;
        // "Text und Interview: Harald Willenbrock": the rest of a joined label
        if (labelled && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 and < 30
            && BylineLexicon.Joiners.Contains(line.Split(' ')[0].ToLowerInvariant())) line = Trim(line[(colon + 1)..]);
        line = CutOtherRoles(line);
        // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": read as names joined, the byline kept as written
        string? written = null;
        if (!interview && WithCoAuthorsJoined(line) is var joined && !ReferenceEquals(joined, line)) (written, line) = (line, joined);
        line = FirstPiece(line);
        line = WithConversationJoined(line);
        // "Ein Interview von Eugen Zentner mit Sonja Silberhorn": who was interviewed is no author
        if (interview) line = BeforeInterviewee(line);
        line = WithoutSpaceBeforeSeparators(Trim(line));
        if (line.Length == 0) return null;
        var names = Split(line, marked, explicitly, dated, out int pieces);
        if (names.Count == 0 || names.Count > MaxNames) return null;
        if (names.Count == pieces && written is not null) line = AsWritten(written);
        return new AuthorLine(names.Count == pieces ? line : string.Join(", ", names), names, labelled);
    }

    /// <summary>True when a letter of <paramref name="text"/> is a capital.</summary>
    private static bool HasUpper(string text)
    {
        foreach (char c in text)
        {
            if (char.IsUpper(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// The line with the spaces written before a comma or a semicolon taken out ("Matthew Digby , Minh Do": a space the
    /// markup left between two elements); the same instance when it has none.
    /// </summary>
    private static string WithoutSpaceBeforeSeparators(string line)
    {
        if (!line.Contains(" ,", StringComparison.Ordinal) && !line.Contains(" ;", StringComparison.Ordinal)) return line;
        return line.Replace(" ,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal);
    }

    /// <summary>The byline with co-authors in parentheses as written, up to its first strong separator, trimmed, its parenthesis closed ("Martin Untersinger (avec Damien Leloup et Morgane Tual)").</summary>
    private static string AsWritten(string line)
    {
        line = WithoutSpaceBeforeSeparators(Trim(FirstPiece(line)));
        return line.Count(c => c == '(') > line.Count(c => c == ')') ? line + ")" : line;
    }

    /// <summary>True when <paramref name="text"/> writes co-authors in parentheses after a name ("Martin Untersinger (avec Damien Leloup et Morgane Tual)": <see cref="WithCoAuthorsJoined"/>).</summary>
    public static bool WritesCoAuthors(string text)
    {
        if (!text.Contains('(')) return false;
        var line = Whitespace.Collapse(text);
        return !ReferenceEquals(WithCoAuthorsJoined(line), line);
    }

    /// <summary>
    /// The line with co-authors written in parentheses after the first author ("Martin Untersinger (avec Damien Leloup et
    /// Morgane Tual)", "Jane Doe (with John Roe)": <see cref="BylineLexicon.CoAuthorWords"/>) joined as
    /// names: "Martin Untersinger, Damien Leloup et Morgane Tual". The line itself when it holds none. Not for an
    /// interview's byline, where who comes "with" was interviewed.
    /// </summary>
    private static string WithCoAuthorsJoined(string line)
    {
        int open = line.IndexOf('(');
        if (open <= 0 || line[open - 1] != ' ') return line;
        int close = line.IndexOf(')', open);
        var after = line.AsSpan(open + 1);
        int from = -1;
        foreach (var word in BylineLexicon.CoAuthorWords)
        {
            if (after.Length > word.Length && after[word.Length] == ' ' && after.StartsWith(word, StringComparison.OrdinalIgnoreCase)) from = open + 1 + word.Length + 1;
        }
        if (from < 0 || (close > 0 && from > close)) return line;
        var inside = close > 0 ? line[from..close] : line[from..];
        var rest = close > 0 ? line[(close + 1)..] : "";
        return string.Concat(line.AsSpan(0, open - 1), ", ", inside.Trim(), rest);
    }

    /// <summary>
    /// <paramref name="text"/> without the characters a reader never sees inside a word: soft hyphens (U+00AD, "Mat&amp;shy;thi&amp;shy;as"),
    /// zero-width spaces (U+200B) and word joiners (U+2060); the same instance when it has none.
    /// </summary>
    private static string WithoutInvisible(string text)
    {
        if (text.AsSpan().IndexOfAny('\u00AD', '\u200B', '\u2060') < 0) return text;
        return text.Replace("\u00AD", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal).Replace("\u2060", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="text"/> is a byline label and nothing else ("Text:", "Von", "Autor :"): the names stand
    /// after it, outside the element that holds it (<c>&lt;strong&gt;Text:&lt;/strong&gt; Jane Doe</c>).
    /// </summary>
    public static bool IsOnlyLabel(string text)
    {
        var line = Whitespace.Collapse(text);
        return line.Length > 0 && line.Length <= MaxOnlyLabelChars && WithoutLabel(line, out _) is { Length: 0 };
    }

    /// <summary>Most characters of a text read by <see cref="IsOnlyLabel"/> (the longest labels are three words).</summary>
    private const int MaxOnlyLabelChars = 30;

    /// <summary>
    /// False when <paramref name="text"/> holds no byline label anywhere as a word of its own ("By", "Von", "Posted
    /// by"... with no letter or digit right before or after it: "by" in "Maybe" is none; a label of the piece's kind, "Analyse de",
    /// at its start, where a line opens with it): then <see cref="Read(string, bool)"/>
    /// cannot find it labelled. A cheap test before reading an unmarked line; it allocates nothing.
    /// </summary>
    public static bool MayBeLabelled(string text) => MayBeLabelled(text.AsSpan());

    /// <summary>As <see cref="MayBeLabelled(string)"/>, for a piece of text (one text node of a page: a label is a word of its own there too).</summary>
    public static bool MayBeLabelled(ReadOnlySpan<char> span)
    {
        // the labels are lower-case and matched ignoring case, in the text as it is (nothing lower-cased, nothing
        // copied): its words are looked up once each, and the few labels that are no single word and hold no label
        // word at their end are looked for as they are
        if (HasLabelWord(span)) return true;
        // a label of the piece's kind ("Analyse de", "Komentarz:") opens the line: it is looked for at the start only
        var opening = span.TrimStart();
        foreach (var (label, comparison) in KindPhrases)
        {
            if (opening.StartsWith(label, comparison) && (opening.Length == label.Length || !char.IsLetterOrDigit(opening[label.Length]))) return true;
        }
        foreach (var (label, comparison) in LabelPhrases)
        {
            for (int from = 0; from < span.Length;)
            {
                int at = span[from..].IndexOf(label, comparison);
                if (at < 0) break;
                at += from;
                int end = at + label.Length;
                if ((at == 0 || !char.IsLetterOrDigit(span[at - 1])) && (end == span.Length || !char.IsLetterOrDigit(span[end]))) return true;
                from = at + 1;
            }
        }
        return false;
    }

    /// <summary>True when a word of <paramref name="text"/> (a run of letters and digits) is a label of one word, case ignored.</summary>
    private static bool HasLabelWord(ReadOnlySpan<char> text) => WordRuns.AnyIn(LabelWords, text, withDigits: true, MaxLabelWordChars);

    /// <summary>The labels that are one word (letters and digits only), found ignoring case.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> LabelWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(BylineLexicon.Labels.Where(IsOneWord), StringComparer.OrdinalIgnoreCase);

    private static readonly int MaxLabelWordChars = LabelWords.Max(word => word.Length);

    /// <summary>
    /// The other labels, but those whose last or first word is a label of one word ("posted by" ends in "by", "autor/in"
    /// opens with "autor"): wherever they stand as words of their own, so does that word. Each with how it is compared: ignoring case, or as written when
    /// no letter of it has case (Devanagari, Bengali: the same matches, found by the vectorised ordinal search instead of
    /// the case-folding one).
    /// </summary>
    private static readonly (string Label, StringComparison Comparison)[] LabelPhrases =
    [
        .. BylineLexicon.Labels.Where(label => !BylineLexicon.KindLabels.Contains(label) && NeedsPhraseSearch(label))
            .Select(label => (label, label.All(IsCaseless) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)),
    ];

    /// <summary>The labels of a piece's kind (<see cref="BylineLexicon.KindLabels"/>) that no word search finds, looked for where a line opens only.</summary>
    private static readonly (string Label, StringComparison Comparison)[] KindPhrases =
    [
        .. BylineLexicon.KindLabels.Where(NeedsPhraseSearch).Select(label => (label, StringComparison.OrdinalIgnoreCase)),
    ];

    /// <summary>True when <paramref name="label"/> is no single word and neither its first nor its last word is a label of one word (which the word search finds).</summary>
    private static bool NeedsPhraseSearch(string label) => !IsOneWord(label) && !LabelWords.Contains(EdgeWord(label, last: true)) && !LabelWords.Contains(EdgeWord(label, last: false));

    /// <summary>The run of letters and digits that ends (or opens) <paramref name="label"/>: "by" of "posted by", "autor" of "autor/in".</summary>
    private static string EdgeWord(string label, bool last)
    {
        if (last)
        {
            int start = label.Length;
            while (start > 0 && char.IsLetterOrDigit(label[start - 1])) start--;
            return label[start..];
        }
        int end = 0;
        while (end < label.Length && char.IsLetterOrDigit(label[end])) end++;
        return label[..end];
    }

    private static bool IsCaseless(char c) => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;

    private static bool IsOneWord(string label) => label.Length > 0 && label.All(char.IsLetterOrDigit);

    /// <summary>True when the line ends in a verb of commenting after a name ("Aylin sagt:", "stephangoeldi said").</summary>
    public static bool IsComment(string line)
    {
        // only the last two words matter: they are cut out and lower-cased, not the whole line
        var trimmed = line.AsSpan().TrimEnd(": .,");
        if (trimmed.IsEmpty) return false;
        int space = trimmed.LastIndexOf(' ');
        var last = trimmed[(space + 1)..].TrimEnd(':').ToString().ToLowerInvariant();
        if (BylineLexicon.CommentVerbs.Contains(last)) return true;
        if (space > 0)
        {
            var before = trimmed[..space].TrimEnd(' ');
            int previous = before.LastIndexOf(' ');
            var secondLast = before[(previous + 1)..].ToString().ToLowerInvariant();
            if (secondLast.Length > 0 && BylineLexicon.CommentVerbs.Contains(secondLast + " " + last)) return true;
        }
        // "NCWiensays:" written together
        foreach (var verb in BylineLexicon.CommentVerbs)
        {
            if (verb.Length >= 4 && last.Length > verb.Length + 1 && last.EndsWith(verb, StringComparison.Ordinal) && line.TrimEnd().EndsWith(':')) return true;
        }
        return false;
    }

    /// <summary>
    /// The line without its leading label ("By", "Posted by", "Autor:"), or null when it starts with none.
    /// <paramref name="explicitly"/>: the label is of several words ("Posted by", "Gespeichert von").
    /// </summary>
    private static string? WithoutLabel(string line, out bool explicitly)
    {
        explicitly = false;
        var lower = line.ToLowerInvariant();
        foreach (var label in BylineLexicon.Labels)
        {
            if (!lower.StartsWith(label, StringComparison.Ordinal)) continue;
            int end = label.Length;
            bool wide = label[0] >= WideScript;
            // a label of a wide script may stand right before the name ("记者王敬照": a Chinese name is two to four
            // characters; a label of one character needs its separator, "文/张伟"), or before a slash
            if (end < lower.Length && lower[end] is not (' ' or ':' or '.' or '\u00A0' or '-' or '–' or '—' or '|' or '：')
                && !(wide && (lower[end] is '/' or '／' || (label.Length > 1 && lower.Length - end <= MaxAttachedNameChars)))) continue;
            explicitly = label.Contains(' ', StringComparison.Ordinal);
            return Trim(line[end..]);
        }
        return null;
    }

    /// <summary>The first character of the wide (CJK) scripts, written without spaces between words.</summary>
    private const char WideScript = '\u2E80';

    /// <summary>Most characters of a name written right after a label of a wide script with nothing between ("记者王敬照").</summary>
    private const int MaxAttachedNameChars = 4;

    /// <summary>
    /// The line with a phrase that joins a guest and an interviewer ("Richard David Precht im Gespräch mit Karin
    /// Fischer", <see cref="BylineLexicon.ConversationJoiners"/>) written as a comma: both are named, as with "und".
    /// The line itself when it holds none.
    /// </summary>
    private static string WithConversationJoined(string line)
    {
        foreach (var phrase in BylineLexicon.ConversationJoiners)
        {
            int at = line.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && line[at - 1] == ' ' && at + phrase.Length < line.Length && line[at + phrase.Length] == ' ')
                return string.Concat(line.AsSpan(0, at - 1), ", ", line.AsSpan(at + phrase.Length + 1));
        }
        return line;
    }

    /// <summary>True when <paramref name="text"/> opens with the label of someone who is not an author ("Foto: Kay Nietfeld", "Photo by Jane Doe": <see cref="BylineLexicon.OtherRoles"/>).</summary>
    public static bool OpensWithOtherRole(string text)
    {
        var line = text.AsSpan().TrimStart();
        foreach (var role in BylineLexicon.OtherRoles)
        {
            if (line.StartsWith(role, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when the line opens with a source's label and a colon ("Quelle: dpa", "Źródło: Statista.com": <see cref="BylineLexicon.SourceLabels"/>): a credit of where the facts come from, no byline.</summary>
    private static bool OpensWithSourceLabel(string line)
    {
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxSourceLabelChars) return false;
        var label = line.AsSpan(0, colon).TrimEnd();
        return label.IndexOf(' ') < 0 && BylineLexicon.SourceLabels.Contains(label.ToString().ToLowerInvariant());
    }

    /// <summary>Most characters before the colon of a source's label (<see cref="OpensWithSourceLabel"/>).</summary>
    private const int MaxSourceLabelChars = 12;

    /// <summary>True when the line opens with the label of an interviewer ("Ein Interview von", "Propos recueillis par": <see cref="BylineLexicon.InterviewLabels"/>).</summary>
    private static bool OpensWithInterviewLabel(string line)
    {
        foreach (var label in BylineLexicon.InterviewLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The line up to the word that introduces who was interviewed ("mit", "with", "avec": <see cref="BylineLexicon.IntervieweeWords"/>); the line itself when it holds none.</summary>
    private static string BeforeInterviewee(string line)
    {
        var words = line.Split(' ');
        for (int i = 1; i < words.Length; i++)
        {
            // "Eugen Zentner (mit Sonja Silberhorn)": the word may open a parenthesis
            if (BylineLexicon.IntervieweeWords.Contains(words[i].TrimStart('(').ToLowerInvariant())) return string.Join(' ', words, 0, i);
        }
        return line;
    }

    private static string CutOtherRoles(string line)
    {
        var lower = line.ToLowerInvariant();
        int cut = line.Length;
        foreach (var role in BylineLexicon.OtherRoles)
        {
            int at = lower.IndexOf(role, StringComparison.Ordinal);
            if (at > 0 && at < cut && lower[at - 1] is ' ' or ',' or ';' or '|' or '(' or '.') cut = at;
        }
        return cut < line.Length ? line[..cut] : line;
    }

    /// <summary>The line up to its first strong separator that has a name before it ("Michael Humpa | CHIP Software-Redaktion").</summary>
    private static string FirstPiece(string line)
    {
        foreach (var separator in StrongSeparators)
        {
            int at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && Trim(line[..at]).Length > 0) line = line[..at];
        }
        return line;
    }

    private static string Trim(string text) => text.Trim(EdgeChars);

    private static readonly char[] EdgeChars = [' ', '|', '-', '–', '—', ',', ';', '·', '•', ':', '/', '(', ')', '[', ']', '*', '»', '«', '\u00A0', '：', '／'];

    /// <summary>The names of a byline without label: split at commas, semicolons and joining words; degrees stay with their name; names that are none are dropped.</summary>
    /// <param name="line">The byline without its label.</param>
    /// <param name="marked">The markup marks the line as the author: names may be written in lower case.</param>
    /// <param name="explicitly">The line opened with a label of several words ("Posted by", "Gespeichert von"), which
    /// no sentence opens with: a user name of one word written in lower case ("rasos") is a name there.</param>
    /// <param name="dated">Dates or clock times were taken out of the line: what they leave in lower case beside names with capitals is theirs ("ist" of "10:18am ist").</param>
    /// <param name="pieceCount">The pieces the line was cut into, names or not; -1 when a name was rewritten (a job title cut off it).</param>
    private static List<string> Split(string line, bool marked, bool explicitly, bool dated, out int pieceCount)
    {
        var pieces = new List<string>();
        foreach (var byComma in SlashesJoiningNames(line).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (pieces.Count > 0 && BylineLexicon.NameSuffixes.Contains(byComma.TrimEnd('.').ToLowerInvariant()))
            {
                pieces[^1] += ", " + byComma;
                continue;
            }
            var words = byComma.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int start = 0;
            for (int i = 0; i < words.Length; i++)
            {
                if (!BylineLexicon.Joiners.Contains(words[i].ToLowerInvariant()) || i == 0 || i == words.Length - 1) continue;
                pieces.Add(string.Join(' ', words, start, i - start));
                start = i + 1;
            }
            if (start < words.Length) pieces.Add(string.Join(' ', words, start, words.Length - start));
            // "The Russian and Syrian defense ministries": what the joining word joins is words of a phrase, not names
            if (start > 0 && IsPhrase(pieces[^1]))
            {
                pieceCount = 0;
                return [];
            }
        }
        pieceCount = pieces.Count;
        // in a line with a capital that held a date, a piece with none is what the date left, no name ("PTI, Washington,
        // ist ist": the time zone of "10:18am ist"); a site that writes its authors in lower case ("giampiero maggio",
        // "e. barreneche / J. I. da silva") has them read as written otherwise
        bool capitals = marked && dated && HasUpper(line);
        var names = new List<string>();
        bool inTitle = false;
        for (int k = 0; k < pieces.Count; k++)
        {
            var piece = pieces[k];
            // "Sarah Hinger, Staff Attorney, Sylvia Torres-Guillén, Director of Education Equity": a job title after a
            // name is no name, nor what runs on from it ("Senior Staff Technologist, Privacy, and Technology Project"),
            // up to a piece followed by another title, or a last piece that reads as a person's name
            if (k > 0 && (OpensWithRole(piece) || IsTitle(piece)))
            {
                inTitle = true;
                continue;
            }
            if (inTitle)
            {
                bool nextIsTitle = k + 1 < pieces.Count && OpensWithRole(pieces[k + 1]);
                bool lastPerson = k + 1 == pieces.Count && piece.IndexOf(' ') > 0 && Capitalised(piece);
                if (!nextIsTitle && !lastPerson) continue;
                inTitle = false;
            }
            var name = Trim(piece).TrimEnd('.');
            // "Malcolm Owen (07:05 pm ET)": what a date left after a name, from its first word with no capital
            if (dated && DateLeftoverAt(name) is var leftover and > 0)
            {
                name = Trim(name[..leftover]);
                pieceCount = -1;
            }
            var withoutRole = WithoutTrailingRole(name);
            // a title cut off the name: the line no longer reads as the names (it is written as them, joined)
            if (withoutRole.Length != name.Length) pieceCount = -1;
            name = withoutRole;
            bool userName = explicitly && name.IndexOf(' ') < 0;
            if (capitals && !HasUpper(name) && !userName) continue;
            if (IsName(name, marked || userName) && !names.Contains(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>
    /// Where what a date left after a name starts in <paramref name="name"/> (a name taken out of a line that held a date
    /// or a clock time): its first word that opens with no capital and is no particle ("d'Arc" is one) ("(07:05" of "Malcolm
    /// Owen (07:05 pm ET)"), after two words or more of the name, when what follows from there holds a digit (a clock
    /// time's; "Detroit News wire services" is a desk's name); 0 when there is none.
    /// </summary>
    private static int DateLeftoverAt(string name)
    {
        int words = 0, at = 0;
        while (at < name.Length)
        {
            int end = name.IndexOf(' ', at);
            if (end < 0) end = name.Length;
            if (end > at)
            {
                var word = name.AsSpan(at, end - at);
                if (char.IsUpper(word[0]) || (char.IsLower(word[0]) && (BylineLexicon.NameParticles.Contains(word.ToString()) || word.IndexOfAny('\'', '’') > 0))) words++;
                // what a date leaves holds its digits ("(07:05 pm ET"); a desk's name in lower case does not ("Detroit News wire services")
                else return words >= 2 && name.AsSpan(at).IndexOfAnyInRange('0', '9') >= 0 ? at : 0;
            }
            at = end + 1;
        }
        return 0;
    }

    /// <summary>
    /// True when <paramref name="piece"/> opens with a capital and its second word opens in lower case and is no
    /// particle of a name ("Syrian defense ministries"): a phrase, not a name written in capitals (what follows a name
    /// of two words, "Malcolm Owen pm PT", is what a date left).
    /// </summary>
    private static bool IsPhrase(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && char.IsUpper(words[0][0]) && char.IsLower(words[1][0]) && !BylineLexicon.NameParticles.Contains(words[1]);
    }

    /// <summary>
    /// The line with slashes between spaces written as semicolons when they join co-authors ("E. Barreneche / J. I. da
    /// Silva"): every piece between them is of two words or more, as a person's full name is. Single words between
    /// slashes are categories or places ("CSP / International / Photovoltaik"), and a slash written close ("dpa/lno")
    /// is part of a name: the line is left as it is.
    /// </summary>
    private static string SlashesJoiningNames(string line)
    {
        if (!line.Contains(" / ", StringComparison.Ordinal)) return line;
        var pieces = line.Split(" / ", StringSplitOptions.TrimEntries);
        foreach (var piece in pieces)
        {
            if (piece.IndexOf(' ') < 0) return line;
        }
        return string.Join("; ", pieces);
    }

    /// <summary>
    /// The name without a job title written after it with no comma ("Ben Silverman Games Editor", "Lucy Akins eHow
    /// Contributor", "Jane Doe Editor"): a last word of <see cref="BylineLexicon.RoleWords"/> goes, with the word before it
    /// when two words are still left; a name of two words or less is left as it is, and so is a desk's name opening with
    /// a possessive ("Our Foreign Staff": <see cref="BylineLexicon.DeskPossessives"/>).
    /// </summary>
    private static string WithoutTrailingRole(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !BylineLexicon.RoleWords.Contains(words[^1].ToLowerInvariant())) return name;
        if (BylineLexicon.DeskPossessives.Contains(words[0].ToLowerInvariant())) return name;
        int keep = words.Length - 1;
        if (keep > 2) keep--;
        return string.Join(' ', words, 0, keep);
    }

    /// <summary>
    /// True when <paramref name="piece"/>, written after a name with a comma, is a job title of several words ending in a
    /// word of <see cref="BylineLexicon.RoleWords"/> ("AP National Political Writer", "CNN Editor-at-large", "Washington
    /// correspondent"): a title, not a second author whose title runs on with no comma (that is cut off a name of three
    /// words or more, <see cref="WithoutTrailingRole"/>), so it goes whole.
    /// </summary>
    private static bool IsTitle(string piece)
    {
        var span = piece.AsSpan().Trim().TrimEnd('.');
        int space = span.LastIndexOf(' ');
        if (space < 0) return false;
        var last = span[(space + 1)..];
        int hyphen = last.IndexOf('-');
        if (hyphen > 0) last = last[..hyphen];
        return BylineLexicon.RoleWords.Contains(last.ToString().ToLowerInvariant());
    }

    /// <summary>True when the first word of <paramref name="piece"/> names a job ("Staff Attorney", "Director of …", "Redakteurin": <see cref="BylineLexicon.RoleWords"/>).</summary>
    private static bool OpensWithRole(string piece)
    {
        var span = piece.AsSpan().Trim();
        int space = span.IndexOf(' ');
        var first = (space < 0 ? span : span[..space]).ToString().ToLowerInvariant();
        return BylineLexicon.RoleWords.Contains(first);
    }

    /// <summary>True when <paramref name="text"/> is written as a host name ("chadim.net", "Popkultur.de", "www.example.co.uk"): one word of letters, digits, hyphens and dots, ending in a dot and a top-level domain of two to six letters.</summary>
    public static bool IsHostName(string text)
    {
        var word = text.Trim();
        int dot = word.LastIndexOf('.');
        if (dot <= 0 || word.Length - dot - 1 is < 2 or > 6 || word.Contains(' ', StringComparison.Ordinal)) return false;
        for (int i = dot + 1; i < word.Length; i++)
        {
            if (!char.IsAsciiLetter(word[i])) return false;
        }
        foreach (char c in word.AsSpan(0, dot))
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '.')) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="name"/> reads as a person's or a desk's name (see the type's summary).</summary>
    public static bool IsName(string name, bool marked)
    {
        if (name.Length is < 2 or > 60 || (name.Length == 2 && name[1] == '.')) return false;
        if (IsHostName(name) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".php", StringComparison.OrdinalIgnoreCase)) return false;
        if (name.Contains('@', StringComparison.Ordinal) || name.Contains("://", StringComparison.Ordinal) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return false;
        var plain = PlainForm(name);
        if (plain.Length == 0 || BylineLexicon.NotNames.Contains(plain)) return false;
        if (TitleWords(name) > MaxNameWords) return false;
        bool letter = false;
        foreach (char c in name)
        {
            if (char.IsLetter(c))
            {
                letter = true;
                break;
            }
        }
        if (!letter) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // a date label ("Publiziert am", "Veröffentlicht"), a word of digits ("19.10.19") or a particle at the end ("Herausgeber von") is no name
        if (Lexicons.TimeWordLexicon.Labels.Contains(words[0].ToLowerInvariant()) || BylineLexicon.DateLabels.Contains(words[0].ToLowerInvariant())) return false;
        if (words.Length > 1 && BylineLexicon.NameParticles.Contains(words[^1])) return false;
        foreach (var word in words)
        {
            if (!word.Any(char.IsLetter) && word.Any(char.IsDigit)) return false;
        }
        var shape = TextShape.Of(name);
        if (shape.SentenceBreaks > 0 || name.EndsWith('!') || name.EndsWith('?')) return false;
        if (!marked && !Capitalised(name)) return false;
        return !DateTimeFurniture.IsOnlyTimeWords(name);
    }

    /// <summary>
    /// True when every word of the name starts with a capital (or a letter without case), particles aside ("Jan de
    /// Vries"), and its first word is no particle: a name opens with a given name or a capitalised surname, while "der
    /// Wärmemessung zur Echtzeit-Energiedienstleistung" after "Von" is a heading's phrase ("Von der … zur …").
    /// </summary>
    private static bool Capitalised(string name)
    {
        bool opening = true;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            char first = word[0];
            if (!char.IsLetter(first)) continue;
            if (char.IsLower(first) && (opening || !BylineLexicon.NameParticles.Contains(word))) return false;
            opening = false;
        }
        return true;
    }

    /// <summary>The name lower-cased without marks of a form field ("*", "(required)", ":"), to compare with <see cref="BylineLexicon.NotNames"/>.</summary>
    private static string PlainForm(string name)
    {
        var lower = name.ToLowerInvariant();
        int paren = lower.IndexOf('(');
        if (paren > 0) lower = lower[..paren];
        return Whitespace.Collapse(lower.Replace("*", "", StringComparison.Ordinal)).Trim(PlainFormEdges);
    }

    private static readonly char[] PlainFormEdges = [' ', ':', '.'];

    private static int TitleWords(string text)
    {
        int words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 0) words++;
        }
        return words;
    }
}
