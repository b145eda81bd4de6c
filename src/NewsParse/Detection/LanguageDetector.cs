using System.Globalization;
using System.Text;
using NewsParse.Detection.Lexicons;

namespace NewsParse.Detection;

/// <summary>
/// Tells the language of a text when the page declares none, from its letters and its function words; no model, no
/// data beyond <see cref="LanguageProfiles"/>, the same answer on every machine.
/// <list type="number">
/// <item>The script most of the letters are written in (at least <see cref="MinLetters"/> letters, at least half of
/// them in that script). A script of one language gives it: Hangul Korean, kana Japanese (with the ideographs), the
/// ideographs alone Chinese, Greek, Hebrew, Thai, Georgian, Armenian, the Indic scripts (Devanagari: Hindi), Khmer,
/// Lao, Myanmar, Ethiopic (Amharic), Sinhala. Arabic script is Persian with its own letters (پ چ ژ گ), Urdu with its
/// own (ٹ ڈ ڑ ں ے), else Arabic.</item>
/// <item>In Latin and Cyrillic script, each word of the text that is a function word of a language
/// (<see cref="LanguageProfiles"/>) counts for it, and letters only one language writes count half a word for it
/// (ß German, ñ Spanish, ã õ Portuguese, ł Polish, ř ů Czech, ő ű Hungarian, ș ț Romanian, ğ ı ş Turkish, ø Danish and
/// Norwegian, і ї є ґ Ukrainian, ђ ћ џ Serbian, ѓ ќ Macedonian...). The language with most is the answer when it has at
/// least <see cref="MinHits"/>, one word in ten is its, and it leads the next by a quarter; else none (a text too short
/// or too mixed to tell).</item>
/// </list>
/// Only the first <see cref="MaxChars"/> characters are read. Stateless and thread-safe.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Characters read from the text.</summary>
    public const int MaxChars = 5000;

    /// <summary>Fewest letters a text needs for its language to be told.</summary>
    public const int MinLetters = 40;

    /// <summary>Fewest function-word hits a Latin or Cyrillic language needs.</summary>
    public const int MinHits = 5;

    /// <summary>The language of <paramref name="text"/> as a BCP 47 tag and the evidence, in a few words; null when it cannot be told.</summary>
    public static (string Tag, string Evidence)? Detect(string text)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        // letters counted per script in an array; the scripts are then listed in the order first met
        Span<int> counts = stackalloc int[ScriptCount];
        Span<Script> order = stackalloc Script[ScriptCount];
        int seen = 0, letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 128 ? !char.IsAsciiLetter((char)rune.Value) : !Rune.IsLetter(rune)) continue;
            letters++;
            var script = ScriptOf(rune.Value);
            if (counts[(int)script]++ == 0) order[seen++] = script;
        }
        if (letters < MinLetters) return null;
        var scripts = new Dictionary<Script, int>(seen);
        foreach (var script in order[..seen]) scripts[script] = counts[(int)script];
        // ideographs and kana are one writing system: Japanese mixes them
        int han = scripts.GetValueOrDefault(Script.Han), kana = scripts.GetValueOrDefault(Script.Kana);
        var (top, count) = scripts.Where(p => p.Key is not (Script.Han or Script.Kana)).Append(new KeyValuePair<Script, int>(Script.Han, han + kana)).MaxBy(p => p.Value);
        if (count * 2 < letters) return null;
        string share = $"{count} of {letters} letters in";
        switch (top)
        {
            case Script.Han:
                if (scripts.GetValueOrDefault(Script.Hangul) > 0 && scripts[Script.Hangul] * 4 > han) return ("ko", $"{share} Hangul and ideographs");
                return kana * 10 >= han + kana ? ("ja", $"{share} kana and ideographs") : ("zh", $"{share} Chinese ideographs");
            case Script.Hangul: return ("ko", $"{share} Hangul");
            case Script.Arabic: return Arabic(text, share);
            case Script.Latin: return Words(text, LanguageProfiles.Latin, LatinWords, "Latin script");
            case Script.Cyrillic: return Words(text, LanguageProfiles.Cyrillic, CyrillicWords, "Cyrillic script");
            case Script.Other: return null;
        }
        return (TagOf(top), $"{share} the {top} script");
    }

    private enum Script { Other, Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar, Georgian, Armenian, Ethiopic, Khmer, Hangul, Kana, Han }

    private const int ScriptCount = (int)Script.Han + 1;

    private static string TagOf(Script script) => script switch
    {
        Script.Greek => "el",
        Script.Hebrew => "he",
        Script.Devanagari => "hi",
        Script.Bengali => "bn",
        Script.Gurmukhi => "pa",
        Script.Gujarati => "gu",
        Script.Tamil => "ta",
        Script.Telugu => "te",
        Script.Kannada => "kn",
        Script.Malayalam => "ml",
        Script.Sinhala => "si",
        Script.Thai => "th",
        Script.Lao => "lo",
        Script.Myanmar => "my",
        Script.Georgian => "ka",
        Script.Armenian => "hy",
        Script.Ethiopic => "am",
        Script.Khmer => "km",
        _ => "und",
    };

    private static Script ScriptOf(int c) => c switch
    {
        < 0x0250 => Script.Latin,
        >= 0x1E00 and < 0x1F00 => Script.Latin,
        >= 0x0370 and < 0x0400 => Script.Greek,
        >= 0x1F00 and < 0x2000 => Script.Greek,
        >= 0x0400 and < 0x0530 => Script.Cyrillic,
        >= 0x0530 and < 0x0590 => Script.Armenian,
        >= 0x0590 and < 0x0600 => Script.Hebrew,
        >= 0x0600 and < 0x0700 => Script.Arabic,
        >= 0x0750 and < 0x0780 => Script.Arabic,
        >= 0xFB50 and < 0xFE00 => Script.Arabic,
        >= 0xFE70 and < 0xFF00 => Script.Arabic,
        >= 0x0900 and < 0x0980 => Script.Devanagari,
        >= 0x0980 and < 0x0A00 => Script.Bengali,
        >= 0x0A00 and < 0x0A80 => Script.Gurmukhi,
        >= 0x0A80 and < 0x0B00 => Script.Gujarati,
        >= 0x0B80 and < 0x0C00 => Script.Tamil,
        >= 0x0C00 and < 0x0C80 => Script.Telugu,
        >= 0x0C80 and < 0x0D00 => Script.Kannada,
        >= 0x0D00 and < 0x0D80 => Script.Malayalam,
        >= 0x0D80 and < 0x0E00 => Script.Sinhala,
        >= 0x0E00 and < 0x0E80 => Script.Thai,
        >= 0x0E80 and < 0x0F00 => Script.Lao,
        >= 0x1000 and < 0x10A0 => Script.Myanmar,
        >= 0x10A0 and < 0x1100 => Script.Georgian,
        >= 0x1100 and < 0x1200 => Script.Hangul,
        >= 0x1200 and < 0x1400 => Script.Ethiopic,
        >= 0x1780 and < 0x1800 => Script.Khmer,
        >= 0x3040 and < 0x3100 => Script.Kana,
        >= 0x31F0 and < 0x3200 => Script.Kana,
        >= 0xFF66 and < 0xFFA0 => Script.Kana,
        >= 0x3400 and < 0xA000 => Script.Han,
        >= 0xF900 and < 0xFB00 => Script.Han,
        >= 0x20000 and < 0x32000 => Script.Han,
        >= 0xAC00 and < 0xD7B0 => Script.Hangul,
        >= 0x3130 and < 0x3190 => Script.Hangul,
        _ => Script.Other,
    };

    private static (string, string) Arabic(string text, string share)
    {
        int persian = 0, urdu = 0, arabic = 0;
        foreach (char c in text)
        {
            if (c is >= '\u0600' and < '\u0700') arabic++;
            if (c is 'پ' or 'چ' or 'ژ' or 'گ') persian++;
            if (c is 'ٹ' or 'ڈ' or 'ڑ' or 'ں' or 'ے') urdu++;
        }
        if (urdu * 100 >= arabic) return ("ur", $"{share} Arabic script, with the letters of Urdu");
        if (persian * 100 >= arabic) return ("fa", $"{share} Arabic script, with the letters of Persian");
        return ("ar", $"{share} Arabic script");
    }

    /// <summary>Letters only one language of a script writes: each counts half a function word for it.</summary>
    private static readonly Dictionary<char, string> OwnLetters = new()
    {
        ['ß'] = "de", ['ñ'] = "es", ['ã'] = "pt", ['õ'] = "pt", ['ł'] = "pl", ['ę'] = "pl", ['ą'] = "pl", ['ś'] = "pl", ['ź'] = "pl", ['ż'] = "pl",
        ['ř'] = "cs", ['ů'] = "cs", ['ľ'] = "sk", ['ĺ'] = "sk", ['ŕ'] = "sk", ['ő'] = "hu", ['ű'] = "hu", ['ș'] = "ro", ['ț'] = "ro", ['ş'] = "tr",
        ['ğ'] = "tr", ['ı'] = "tr", ['ā'] = "lv", ['ē'] = "lv", ['ī'] = "lv", ['ķ'] = "lv", ['ļ'] = "lv", ['ņ'] = "lv", ['ė'] = "lt", ['ų'] = "lt",
        ['į'] = "lt", ['ơ'] = "vi", ['ư'] = "vi", ['đ'] = "vi", ['ạ'] = "vi", ['ế'] = "vi", ['ệ'] = "vi", ['ộ'] = "vi", ['ờ'] = "vi",
        ['і'] = "uk", ['ї'] = "uk", ['є'] = "uk", ['ґ'] = "uk", ['ђ'] = "sr", ['ћ'] = "sr", ['џ'] = "sr", ['ѓ'] = "mk", ['ќ'] = "mk", ['ѕ'] = "mk", ['ы'] = "ru", ['э'] = "ru",
    };

    /// <summary>Longest word looked up in the profiles (function words are short); longer words are counted, not looked up.</summary>
    private const int MaxWordChars = 32;

    /// <summary>The words of the Latin and the Cyrillic profiles, each with the languages that have it, in the profiles' order.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string[]> LatinWords = Invert(LanguageProfiles.Latin);
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string[]> CyrillicWords = Invert(LanguageProfiles.Cyrillic);

    private static System.Collections.Frozen.FrozenDictionary<string, string[]> Invert(System.Collections.Frozen.FrozenDictionary<string, System.Collections.Frozen.FrozenSet<string>> profiles)
    {
        var languages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (language, set) in profiles)
        {
            foreach (var w in set)
            {
                if (!languages.TryGetValue(w, out var list)) languages[w] = list = [];
                list.Add(language);
            }
        }
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(languages, pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    private static (string, string)? Words(string text, System.Collections.Frozen.FrozenDictionary<string, System.Collections.Frozen.FrozenSet<string>> profiles, System.Collections.Frozen.FrozenDictionary<string, string[]> languagesOf, string script)
    {
        var hits = new Dictionary<string, double>(StringComparer.Ordinal);
        // each word is looked up once, in a map from the profiles' words to their languages (in the profiles' order),
        // by the word's characters in a buffer on the stack: no string per word
#if NET9_0_OR_GREATER
        var lookup = languagesOf.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        int words = 0;
        Span<char> word = stackalloc char[MaxWordChars];
        int length = 0;
        foreach (char raw in text)
        {
            char c = raw < 128 ? (char)(raw is >= 'A' and <= 'Z' ? raw | 0x20 : raw) : LowerCase.Of(raw);
            if (c >= 128 && OwnLetters.TryGetValue(c, out var own) && profiles.ContainsKey(own)) hits[own] = hits.GetValueOrDefault(own) + 0.5;
            if (char.IsLetter(c))
            {
                if (length < MaxWordChars) word[length] = c;
                length++;
                continue;
            }
            Count(word, length);
            length = 0;
        }
        Count(word, length);
        if (hits.Count == 0) return null;
        var ranked = hits.OrderByDescending(p => p.Value).ToList();
        var (tag, best) = ranked[0];
        double second = ranked.Count > 1 ? ranked[1].Value : 0;
        if (best < MinHits || best * 10 < words || best < second * 1.25) return null;
        return (tag, string.Create(CultureInfo.InvariantCulture, $"{best:0.#} of the {words} words in {script} are its function words (next: {(ranked.Count > 1 ? ranked[1].Key : "none")}, {second:0.#})"));

        void Count(ReadOnlySpan<char> buffer, int chars)
        {
            if (chars == 0) return;
            words++;
            if (chars > MaxWordChars) return;
#if NET9_0_OR_GREATER
            if (!lookup.TryGetValue(buffer[..chars], out var languages)) return;
#else
            if (!languagesOf.TryGetValue(buffer[..chars].ToString(), out var languages)) return;
#endif
            foreach (var language in languages) hits[language] = hits.GetValueOrDefault(language) + 1;
        }
    }
}
