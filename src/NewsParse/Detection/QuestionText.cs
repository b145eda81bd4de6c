using System.Collections.Frozen;
using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection;

/// <summary>
/// Whether a title reads as a question, the test an FAQ item must pass (an accordion of statements is sections, not an
/// FAQ): a question mark of any script anywhere in it ("?", "？", "؟", "¿", the Greek question mark, the Armenian "՞"), a
/// question prefix ("Q:", "F:", "Frage 3:", <see cref="FaqLexicon.QuestionPrefixes"/>), or an interrogative opening
/// word in the main news languages ("How", "Warum", "Pourquoi", "Cómo"...; "How to" is a title, not a question).
/// Stateless and thread-safe.
/// </summary>
internal static class QuestionText
{
    private static readonly FrozenSet<string> Openings = new[]
    {
        // English: wh-words and the auxiliaries a yes/no question opens with
        "what", "why", "how", "when", "where", "who", "whom", "whose", "which", "can", "could", "do", "does", "did", "is",
        "are", "was", "were", "will", "would", "should", "shall", "may", "might", "must", "has", "have", "had", "isn't",
        "aren't", "don't", "doesn't", "can't", "won't",
        // German
        "warum", "wieso", "weshalb", "weswegen", "wie", "wann", "wo", "wer", "wen", "wem", "wessen", "welche", "welcher",
        "welches", "welchen", "woher", "wohin", "womit", "wozu", "worauf", "worin", "wofür", "kann", "können", "muss",
        "müssen", "darf", "dürfen", "soll", "sollte", "sollten", "gibt", "ist", "sind", "hat", "haben", "wird", "werden", "brauche", "braucht",
        // French
        "pourquoi", "comment", "quand", "où", "qui", "quel", "quelle", "quels", "quelles", "combien", "est-ce", "peut-on", "faut-il",
        // Spanish, Portuguese, Italian
        "qué", "cómo", "cuándo", "dónde", "quién", "quiénes", "cuál", "cuáles", "cuánto", "cuánta", "cuántos", "cuántas",
        "porque", "quando", "onde", "quem", "qual", "quais", "quanto", "quanta", "perché", "come", "dove", "chi", "quale", "quali",
        // Dutch
        "wat", "waarom", "hoe", "wanneer", "waar", "welke", "kan", "kunnen", "moet", "moeten",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> QuestionMarks = System.Buffers.SearchValues.Create("?？؟¿\u037E՞፧⸮");

    /// <summary>True when <paramref name="text"/> reads as a question.</summary>
    public static bool IsQuestion(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty) return false;
        if (trimmed.IndexOfAny(QuestionMarks) >= 0) return true;
        var lower = trimmed.Length <= 40 ? trimmed.ToString().ToLowerInvariant() : trimmed[..40].ToString().ToLowerInvariant();
        foreach (var prefix in FaqLexicon.QuestionPrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        if (lower.StartsWith("f:", StringComparison.Ordinal) || lower.StartsWith("frage ", StringComparison.Ordinal)) return true;
        int end = 0;
        while (end < lower.Length && (char.IsLetter(lower[end]) || lower[end] is '\'' or '’' or '-')) end++;
        var first = lower[..end].Replace('’', '\'');
        if (!Openings.Contains(first)) return false;
        // "How to ...", "What's new": titles; and a single word is no question
        var rest = lower[end..].TrimStart();
        return rest.Length > 0 && !(first == "how" && rest.StartsWith("to ", StringComparison.Ordinal));
    }
}
