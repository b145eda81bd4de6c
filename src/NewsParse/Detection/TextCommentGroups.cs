using NewsParse.Model;
using NewsParse.Text;

namespace NewsParse.Detection;

/// <summary>
/// The comment section of a text dump: a title naming the comments ("Comments", "3 Kommentare", "12 commentaires",
/// "5 thoughts on …") followed by a comment's header line, then groups of a header line (the commenter and a date:
/// "Maria Lopez – 5. März 2024 um 10:15", "Tom says:") and the paragraphs after it, up to the next header line. The
/// title is boilerplate of kind comments; each group is a <see cref="Comment"/> of depth 0 (a text dump shows no
/// nesting). Stateless and thread-safe.
/// </summary>
internal static class TextCommentGroups
{
    /// <summary>A header line is at most this long.</summary>
    public const int MaxHeaderChars = 100;

    /// <summary>Words of a title naming the comments, in the main news languages (numbers and punctuation around them ignored).</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "comments", "comment", "reader comments", "readers comments", "responses", "replies", "discussion",
        "kommentare", "kommentar", "leserkommentare", "leserbriefe", "diskussion",
        "commentaires", "commentaire", "réactions", "comentarios", "comentário", "comentários", "commenti", "commento",
        "reacties", "reactie", "komentarze", "komentarzy", "комментарии", "комментариев", "yorumlar",
    };

    /// <summary>What follows the count in WordPress's title of its comment list ("5 thoughts on “…”").</summary>
    private static readonly string[] ListTitles = ["thoughts on ", "thought on ", "gedanken zu ", "responses to ", "response to ", "replies to ", "réponses à ", "comentarios en "];

    private static readonly char[] TitleWordEdges = ['(', ')', '[', ']', ':', '.', '-', '–', '—', '"', '“', '”', '„'];

    /// <summary>True when <paramref name="text"/> titles a comment section.</summary>
    public static bool IsTitle(string text)
    {
        if (text.Length > 80) return false;
        // lower-cased on the stack, one character at a time as LowerCase does: no string is made
        Span<char> lower = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++) lower[i] = LowerCase.Of(text[i]);
        // "5 thoughts on “Council approves budget”", "2 Gedanken zu „…“": WordPress's title of its comment list
        int digits = 0;
        while (digits < lower.Length && char.IsAsciiDigit(lower[digits])) digits++;
        if (digits > 0 && digits < lower.Length && lower[digits] == ' ')
        {
            var rest = lower[(digits + 1)..];
            foreach (var lead in ListTitles)
            {
                if (rest.StartsWith(lead, StringComparison.Ordinal)) return true;
            }
        }
        // the words between spaces, their edges trimmed, numbers left out: one or two that name the comments
        Span<char> key = stackalloc char[text.Length + 1];
        int keyLength = 0, words = 0;
        for (int start = 0; start < lower.Length;)
        {
            int space = lower[start..].IndexOf(' ');
            int end = space < 0 ? lower.Length : start + space;
            var word = lower[start..end].Trim(TitleWordEdges);
            start = end + 1;
            if (word.IsEmpty || IsNumber(word)) continue;
            if (++words > 2) return false;
            if (words == 2) key[keyLength++] = ' ';
            word.CopyTo(key[keyLength..]);
            keyLength += word.Length;
        }
#if NET9_0_OR_GREATER
        return words > 0 && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..keyLength]);
#else
        return words > 0 && Titles.Contains(key[..keyLength].ToString());
#endif
    }

    /// <summary>True when every character of <paramref name="word"/> is a digit (any script).</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c)) return false;
        }
        return true;
    }

    /// <summary>The commenter and date of a header line, or null when <paramref name="text"/> is no header line.</summary>
    public static (string? Author, string? Published)? Header(string text)
    {
        if (text.Length > MaxHeaderChars) return null;
        if (DateReader.Find(text) is { } date)
        {
            var author = text[..date.Index].TrimEnd();
            // "Maria Lopez am", "Tom on", "Anna le": the word before the date
            int space = author.LastIndexOf(' ');
            if (space > 0 && author[(space + 1)..].ToLowerInvariant() is "am" or "on" or "le" or "el" or "il" or "em" or "op" or "um" or "at" or "vom" or "from" or "schrieb" or "wrote" or "says" or "sagt")
                author = author[..space];
            author = author.Trim(' ', '|', '-', '–', '—', ',', ':', '·', '(', ')');
            return (author.Length is > 0 and <= 60 && !author.Any(char.IsDigit) ? author : null, date.Iso);
        }
        // "Tom says:", "Anna schrieb:": a name and a verb of saying, ending with a colon
        var words = text.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (text.EndsWith(':') && words.Length is >= 2 and <= 5 && words[^1].ToLowerInvariant() is "says" or "said" or "wrote" or "sagt" or "schreibt" or "schrieb" or "dit" or "écrit" or "dice" or "escribió" or "scrive" or "zegt")
            return (string.Join(' ', words[..^1]), null);
        return null;
    }
}
