using NewsParse.Detection;
using NewsParse.Detection.Cohesion;
using NewsParse.Detection.Lexicons;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>The allocation-free primitives under the detectors give what their string-based definitions give.</summary>
public sealed class DetectionPrimitivesTests
{
    [Fact]
    public void LowerCase_matches_char_ToLowerInvariant_for_every_code_unit()
    {
        var all = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) all[c] = (char)c;
        var lower = LowerCase.Of(new string(all));
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(char.ToLowerInvariant((char)c) == lower[c], $"U+{c:X4}");
        }
    }

    [Fact]
    public void Collapse_leaves_a_clean_text_alone_and_cleans_every_other_code_unit()
    {
        // Each code unit between two letters, after a run of another script, and in a text too long to be collapsed on
        // the stack (twice, one of them last): the vectorised clean check and the collapse must agree with the
        // per-character definition (white space becomes one space, dropped characters go).
        string longRun = new('x', 300);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            foreach (var text in new[] { "a" + (char)c + "b", "Москва " + (char)c + "东京x", longRun + (char)c + "  \t" + longRun + (char)c })
            {
                var expected = new System.Text.StringBuilder();
                bool pending = false;
                foreach (char ch in text)
                {
                    if (NewsParse.Text.Whitespace.IsSpace(ch)) { pending = expected.Length > 0; continue; }
                    if ((ch < ' ' && ch is not ('\t' or '\n' or '\r')) || ch is '\u007F' or '\u200B' or '\uFEFF' or '\u00AD' or '\uFFFE') continue;
                    if (pending) { expected.Append(' '); pending = false; }
                    expected.Append(ch);
                }
                var collapsed = NewsParse.Text.Whitespace.Collapse(text);
                Assert.True(expected.ToString() == collapsed, $"U+{c:X4}");
                if (collapsed == text) Assert.Same(text, collapsed);
            }
        }
    }

    [Fact]
    public void IsWordChar_is_letters_digits_and_combining_marks_for_every_code_unit()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool expected = char.IsLetterOrDigit(ch) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch)
                is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            Assert.True(expected == BlockWords.IsWordChar(ch), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("Hello World", "hello world")]
    [InlineData("ÜBER Straße İstanbul", "über straße i̇stanbul")]
    [InlineData("МОСКВА Ελλάδα", "москва ελλάδα")]
    public void LowerCase_of_mixed_text(string text, string expected)
    {
        var lower = LowerCase.Of(text);
        Assert.Equal(text.Length, lower.Length);
        for (int i = 0; i < text.Length; i++) Assert.Equal(char.ToLowerInvariant(text[i]), lower[i]);
        if (expected.Length == text.Length) Assert.Equal(expected, lower);
    }

    [Fact]
    public void Words_are_runs_of_letters_and_digits_lower_cased()
    {
        var words = new BlockWords("Xi's visit: Moscow, 2025 — “Power of Siberia-2”!");
        Assert.Equal(["xi", "s", "visit", "moscow", "2025", "power", "of", "siberia", "2"], words.Words);
        Assert.Equal(words.Count, words.Words.Count());
        Assert.Equal("moscow", words[3].ToString());
    }

    [Fact]
    public void Terms_are_five_character_stems_without_function_words_or_numbers()
    {
        var terms = Terms.Of("The Governments of Russia and China signed 12 agreements").Select(t => t.ToString());
        Assert.Equal(["gover", "russi", "china", "signe", "agree"], terms);
    }

    [Fact]
    public void Terms_of_spaceless_scripts_are_character_pairs()
    {
        var terms = Terms.Of("习近平访问").Select(t => t.ToString());
        Assert.Equal(["习近", "近平", "平访", "访问"], terms);
    }

    [Fact]
    public void Term_equality_and_hash_follow_the_characters()
    {
        Assert.Equal(Term.Of("russi"), Term.Of("russia".AsSpan(0, 5)));
        Assert.Equal(Term.Of("russi").GetHashCode(), Term.Of("russia".AsSpan(0, 5)).GetHashCode());
        Assert.NotEqual(Term.Of("russi"), Term.Of("russa"));
        Assert.NotEqual(Term.Of("ab"), Term.Of("abc"));
        Assert.Equal("abcdefgh", Term.Of("abcdefghij").ToString());
    }

    [Fact]
    public void Term_packing_reads_the_first_eight_characters_whatever_the_length()
    {
        var random = new Random(5);
        for (int k = 0; k < 2000; k++)
        {
            var chars = RandomChars(random, random.Next(0, 12));
            var expected = new string(chars, 0, Math.Min(chars.Length, Term.MaxChars));
            Assert.Equal(expected, Term.Of(chars).ToString());
            // A term of a longer span's prefix equals the term of the prefix alone.
            Assert.Equal(Term.Of(expected), Term.Of(chars));
            // A pair (the terms of a script without spaces) is packed as the term of its two characters.
            if (chars.Length >= 2) Assert.Equal(Term.Of(chars.AsSpan(0, 2)), Term.OfPair(chars[0], chars[1]));
        }
    }

    [Fact]
    public void A_word_packed_with_the_characters_after_it_is_the_word_alone()
    {
        // BlockWords packs a short word with one read of four characters (Term.OfPadded): what follows it must not count.
        var random = new Random(6);
        for (int k = 0; k < 2000; k++)
        {
            var chars = RandomChars(random, random.Next(4, 14));
            int length = random.Next(1, chars.Length + 1);
            Assert.Equal(Term.Of(chars.AsSpan(0, length)), Term.OfPadded(chars, length));
        }
        Assert.Equal(Term.Of("ab"), Term.OfPadded("ab", 2));  // fewer than four characters: read one by one
    }

    [Fact]
    public void A_stem_is_the_first_five_characters_of_the_word_whatever_its_length()
    {
        // Terms.Stem cuts every packed word to five characters without a branch on the length: a shorter word is itself.
        var random = new Random(7);
        for (int k = 0; k < 2000; k++)
        {
            var chars = RandomChars(random, random.Next(1, 13));
            var expected = Term.Of(chars.AsSpan(0, Math.Min(chars.Length, Terms.StemLength)));
            Assert.Equal(expected, Terms.Stem(Term.Of(chars)));
        }
    }

    [Fact]
    public void The_letter_table_answers_as_the_runtime_for_every_character()
    {
        // Built with the word characters' table from one category look-up per character (see the test of IsWordChar).
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool letter = c < 128 ? ch is >= 'a' and <= 'z' : char.IsLetter(ch);
            if (BlockWords.IsLetter(ch) != letter) Assert.Fail($"U+{c:X4}: letter should be {letter}");
        }
    }

    [Fact]
    public void Every_character_is_lower_cased_and_classified_in_vectors_as_one_by_one()
    {
        // Each character at several places of texts of 64 characters (256-bit vectors where the processor has them,
        // else 128-bit), of 20 and 45 (the last characters again in the sixteen that end the text) and of 7 (padded to
        // sixteen), among characters of the vector classes.
        const string fillers = "aZ .9!é×Ä東?-xЖяΩά\u00A0שع٣क।한のカ。ঢ৭தაłŁกၵ";
        int[] places = [0, 5, 15, 16, 19, 31, 32, 47, 63];
        var lower = new char[64];
        for (int c = 1; c <= char.MaxValue; c++)
        {
            foreach (int length in (int[])[64, 20, 45, 7])
            {
                var text = new char[length];
                for (int i = 0; i < length; i++) text[i] = fillers[(i + c) % fillers.Length];
                foreach (int place in places) if (place < length) text[place] = (char)c;
                lower.AsSpan().Fill('\uFFFF');
                var masks = CharClassMasks.Of(text, lower.AsSpan(0, length));
                for (int i = 0; i < length; i++)
                {
                    char l = LowerCase.Of(text[i]);
                    ulong bit = 1UL << i;
                    if (lower[i] != l) Assert.Fail($"U+{(int)text[i]:X4} lower-cased to U+{(int)lower[i]:X4}, not U+{(int)l:X4}");
                    if (((masks.Word & bit) != 0) != BlockWords.IsWordChar(l)) Assert.Fail($"U+{(int)text[i]:X4}: word class");
                    if (((masks.Spaceless & bit) != 0) != (BlockWords.IsWordChar(l) && BlockWords.IsSpacelessScript(l))) Assert.Fail($"U+{(int)text[i]:X4}: spaceless class");
                    if (((masks.Space & bit) != 0) != (l == ' ')) Assert.Fail($"U+{(int)text[i]:X4}: space class");
                    if (((masks.Ideograph & bit) != 0) != (l is >= '\u3040' and <= '\u9FFF')) Assert.Fail($"U+{(int)text[i]:X4}: ideograph class");
                    if (((masks.Stop & bit) != 0) != (l is '.' or '!' or '?' or '。' or '।' or '！' or '？')) Assert.Fail($"U+{(int)text[i]:X4}: stop class");
                }
            }
        }
    }

    [Fact]
    public void A_text_is_kept_as_it_is_exactly_when_it_has_nothing_to_collapse()
    {
        // Whitespace checks thirty-two or sixteen characters at a time and looks up only some: every character, at places
        // of the vector parts and of the tail of texts of 84 and 43 characters (32 at a time where the processor can) and
        // of 25 (16 at a time), alone and twice in a row (across a step), must be judged as the rule says.
        static bool Changes(char c) => c != ' ' && (c < ' ' || char.IsWhiteSpace(c) || c is '\u007F' or '\u200B' or '\uFEFF' or '\u00AD' or '\uFFFE');
        for (int c = 0; c <= char.MaxValue; c++)
        {
            foreach (var (sample, place) in from sample in (string[])["Ab cd. Éf 東京, gh — ij kl mn op qr st uvw", "Ab cd. Éf 東京, gh — ij kl", "Ab cd. Éf 東京, gh — ij kl mn opq rs tu vw xy zé Ωμ ab cd ef ghij kl mn op qr st uv wx"]
                                            from place in (int[])[1, 7, 15, 16, 17, 22, 30, 31, 32, 33, 40, 62, 63, 64, 70]
                                            where place + 2 < sample.Length
                                            select (sample, place))
            {
                foreach (int run in (int[])[1, 2])
                {
                    var chars = sample.ToCharArray();
                    for (int k = 0; k < run; k++) chars[place + k] = (char)c;
                    var text = new string(chars);
                    bool clean = !text.Contains("  ", StringComparison.Ordinal) && !text.Any(Changes);
                    if (ReferenceEquals(NewsParse.Text.Whitespace.Collapse(text), text) != clean)
                        Assert.Fail($"U+{c:X4} x{run} at {place}: clean should be {clean}");
                }
            }
        }
    }

    [Fact]
    public void CJK_ideographs_classified_together_are_caseless_letters_of_a_script_without_spaces()
    {
        // CharClassMasks classifies U+4E00 to U+9FFF sixteen at a time on this promise; the Unicode data of a runtime must keep it.
        for (char c = CharClassMasks.CjkIdeographsFirst; c <= CharClassMasks.CjkIdeographsLast; c++)
        {
            Assert.True(BlockWords.IsWordChar(c), $"U+{(int)c:X4} is a word character");
            Assert.True(BlockWords.IsSpacelessScript(c), $"U+{(int)c:X4} is of a script without spaces");
            Assert.True(c >= '\u3040', $"U+{(int)c:X4} counts as an ideograph");
            Assert.Equal(c, char.ToLowerInvariant(c));
        }
    }

    [Fact]
    public void Phrase_sets_find_phrases_on_word_boundaries_only()
    {
        var set = new PhraseSet("follow us", "subscribe", "google news");
        Assert.Equal(3, set.CountDistinct(new BlockWords("Follow us on Google News and subscribe!")));
        Assert.Equal(0, set.CountDistinct(new BlockWords("They follow usual rules; unsubscribed readers")));
        Assert.Equal("follow us", set.FindPrefix(new BlockWords("Follow us: @site")));
        Assert.Null(set.FindPrefix(new BlockWords("We follow us")));
        Assert.True(set.IsWhole(new BlockWords("— Subscribe! —")));
        Assert.False(set.IsWhole(new BlockWords("Subscribe today")));
        Assert.Equal("subscribe".Length + "google news".Length - 1, set.CoveredChars(new BlockWords("subscribe google news")));
    }

    /// <summary>Characters without U+0000, half of them ASCII, the others from the rest of the BMP before the surrogates.</summary>
    private static char[] RandomChars(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(1, random.Next(2) == 0 ? 128 : 0xD7FF);
        return chars;
    }
}
