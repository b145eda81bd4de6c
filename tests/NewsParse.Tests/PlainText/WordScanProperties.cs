using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// <see cref="BlockWords"/> reads a block 64 characters at a time with bit masks (sixteen ASCII characters lower-cased and
/// classified per vector step). These properties hold it to the per-character definitions of its words and of the block's
/// <see cref="TextShape"/>, written here one character at a time, on text that mixes ASCII, accented Latin, CJK, Thai,
/// Devanagari and punctuation across every chunk boundary.
/// </summary>
public sealed class WordScanProperties
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "word", "Moscow", "2025", " ", "  ", ".", ". ", "! ", "? ", "U.S.", "Mr.", "São", "Müller", "ÉTÉ", "東京", "关注我们的",
        "facebook", "ไทย", "पुल।", "।", "。", "！", "？", "-", "’", "'", "\u0301", "ß", "İ", "K", "Ω", "\t", "…", "\"", "http://x.org/a",
        ":", ",", "ж", "Ελλάδα", "ｗ", "9", "_",
    ];

    public static Arbitrary<string> Mixed() => Arb.From(
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements(Pieces).ListOf().Select(l => string.Concat(l))));

    [Property(MaxTest = 500, Arbitrary = [typeof(WordScanProperties)])]
    public void Words_are_the_runs_of_word_characters_split_between_scripts(string text)
    {
        var words = new BlockWords(text);
        Assert.Equal(LowerCase.Of(text), words.Lower.ToString());
        Assert.Equal(ReferenceWords(text.ToLowerInvariant()), words.Words);
        Assert.Equal(text.ToLowerInvariant().Count(BlockWords.IsWordChar), words.WordChars);
        Assert.Equal(text.ToLowerInvariant().Any(c => BlockWords.IsWordChar(c) && BlockWords.IsSpacelessScript(c)), words.HasSpacelessScript);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(WordScanProperties)])]
    public void Shape_counts_words_and_sentence_breaks_as_defined(string text)
    {
        var shape = TextShape.Of(text);
        var (words, breaks) = ReferenceShapeCounts(text);
        Assert.Equal(words, shape.Words);
        Assert.Equal(breaks, shape.SentenceBreaks);
    }

    [Fact]
    public void Words_after_a_run_of_a_script_without_spaces_find_room_for_their_terms()
    {
        // Found by the shape property: the pairs of "关注我们的" filled the room made for one term per word of the chunk,
        // and the short words after it in the same 64 characters were written past the end.
        const string text = "！_।关注我们的word? 9ÉTÉ关注我们的ｗ facebookSão. U.S.MüllerßSãóMoscow':São\t\u03019http://x.org/aßΩMüllerΕλλάδαжhttp://x.org/aжU.S.ÉTÉ\t关注我们的9  ÉTÉ’ไทยΕλλάδά9Müller？Müller关注我们的:ж:aMoscowİ? पुल।word_";
        for (int pad = 0; pad < 64; pad++)
        {
            var padded = new string('x', pad) + " " + text;
            Assert.Equal(ReferenceWords(padded.ToLowerInvariant()), new BlockWords(padded).Words);
            var (words, breaks) = ReferenceShapeCounts(padded);
            Assert.Equal(words, TextShape.Of(padded).Words);
            Assert.Equal(breaks, TextShape.Of(padded).SentenceBreaks);
        }
    }

    [Fact]
    public void Long_text_crosses_chunk_boundaries_at_every_offset()
    {
        for (int pad = 0; pad < 70; pad++)
        {
            var text = new string('x', pad) + " Der Müller. Er kam 東京facebook ok. U.S. Mr. Smith! Ja? " + new string('y', 63) + " end。后来";
            Assert.Equal(ReferenceWords(text.ToLowerInvariant()), new BlockWords(text).Words);
            var (words, breaks) = ReferenceShapeCounts(text);
            Assert.Equal(words, TextShape.Of(text).Words);
            Assert.Equal(breaks, TextShape.Of(text).SentenceBreaks);
        }
    }

    /// <summary>Runs of word characters, one character at a time; a run ends where a script without spaces meets another.</summary>
    private static List<string> ReferenceWords(string lower)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= lower.Length; i++)
        {
            bool word = i < lower.Length && BlockWords.IsWordChar(lower[i]);
            bool split = word && start >= 0 && BlockWords.IsSpacelessScript(lower[i]) != BlockWords.IsSpacelessScript(lower[i - 1]);
            if (start >= 0 && (!word || split))
            {
                words.Add(lower[start..i]);
                start = -1;
            }
            if (word && start < 0) start = i;
        }
        return words;
    }

    /// <summary>Shape words (runs of characters other than spaces and ideographs, plus one per two ideographs) and sentence breaks.</summary>
    private static (int Words, int Breaks) ReferenceShapeCounts(string text)
    {
        int end = text.Length;
        int lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && (text[(lastSpace + 1)..].StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text[(lastSpace + 1)..].StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text[(lastSpace + 1)..].StartsWith("www.", StringComparison.OrdinalIgnoreCase))) end = lastSpace;
        while (end > 0 && text[end - 1] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』' or '）' or ' ' or '*') end--;
        int words = 0, breaks = 0, ideographs = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '\u3040' && c <= '\u9FFF') { ideographs++; inWord = false; continue; }
            bool space = c == ' ';
            if (!space && !inWord) words++;
            inWord = !space;
            if ((c is '.' or '!' or '?') && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && i + 1 < end && !Abbreviation(text, i))
                breaks++;
            else if (c is '。' or '।' or '！' or '？' && i + 1 < end) breaks++;
        }
        return (words + (ideographs + 1) / 2, breaks);
    }

    private static bool Abbreviation(string text, int dot)
    {
        int k = dot - 1, letters = 0;
        while (k >= 0 && char.IsLetter(text[k])) { letters++; k--; }
        if (letters == 1 || (letters <= 4 && k >= 0 && text[k] == '.')) return true;
        return letters is >= 2 and <= 3 && char.IsUpper(text[k + 1]);
    }
}
