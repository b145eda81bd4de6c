using System.Reflection;
using NewsParse.Detection;
using NewsParse.Detection.Cohesion;
using NewsParse.Detection.Lexicons;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// The lexicon index (one look-up per word for every phrase set) only lets a set pass a block by when the set has no
/// phrase there: each set of the lexicons answers as the same phrases in a set outside the index, which reads every word.
/// </summary>
public sealed class LexiconIndexTests
{
    private static readonly PhraseSet[] Lexicons = typeof(PhraseSet).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
        .Where(f => f.FieldType == typeof(PhraseSet))
        .Select(f => (PhraseSet)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_phrase_set_of_the_lexicons_has_an_id_of_its_own()
    {
        Assert.Equal(Enum.GetValues<LexiconId>().Length, Lexicons.Length);
        Assert.All(Lexicons, set => Assert.NotNull(set.Id));
        Assert.Equal(Lexicons.Length, Lexicons.Select(set => set.Id).Distinct().Count());
        Assert.True(Enum.GetValues<LexiconId>().Length <= 64);
    }

    [Fact]
    public void Each_set_answers_as_a_word_by_word_scan_of_the_same_phrases()
    {
        var random = new Random(5);
        var phrases = Lexicons.SelectMany(set => set.Phrases).ToArray();
        string[] filler = ["the", "minister", "said", "on", "Monday", "follows", "shared", "contentious", "ad-hoc", "news", "über", "日本の", "x",
            "请", "我们的", "ニュース", "ข่าว", "・", "微"];
        var texts = new List<string>();
        for (int n = 0; n < 4000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(4) == 0
                ? phrases[random.Next(phrases.Length)]
                : filler[random.Next(filler.Length)]);
            // Joined without a space too, so that phrases in scripts without spaces sit inside longer runs.
            string text = string.Join(random.Next(3) switch { 0 => ", ", 1 => "", _ => " " }, parts);
            texts.Add(random.Next(2) == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".");
        }
        foreach (var set in Lexicons)
        {
            var scan = new PhraseSet([.. set.Phrases]);
            foreach (var text in texts)
            {
                var block = new BlockWords(text);
                Assert.True(scan.CountDistinct(block) == set.CountDistinct(block), $"{set.Id}: \"{text}\"");
                Assert.True(scan.CoveredChars(block) == set.CoveredChars(block), $"{set.Id}: \"{text}\"");
                Assert.True(scan.FindPrefix(block) == set.FindPrefix(block), $"{set.Id}: \"{text}\"");
                Assert.True(scan.IsWhole(block) == set.IsWhole(block), $"{set.Id}: \"{text}\"");
            }
        }
    }

    [Fact]
    public void A_block_without_the_first_word_of_any_phrase_of_a_set_is_passed_by()
    {
        var block = new BlockWords("The minister said on Monday that the talks would go on.");
        var social = SocialLexicon.Networks.Id!.Value;
        Assert.Equal(0UL, block.LexiconMask & (1UL << (int)social));
        var other = new BlockWords("Follow us on Facebook.");
        Assert.NotEqual(0UL, other.LexiconMask & (1UL << (int)social));
    }

    [Fact]
    public void Function_words_are_flagged_and_only_they()
    {
        static bool IsFunctionWord(string word)
        {
            var term = Term.Of(word);
            return Stopwords.Contains(LexiconIndex.FlagsOf(term, term.GetHashCode()));
        }
        Assert.All(Stopwords.All, word => Assert.True(IsFunctionWord(word), word));
        foreach (var word in new[] { "minister", "moscow", "thee", "andes", "these2", "dieses", "ther", "facebook", "über1", "x" })
            Assert.False(IsFunctionWord(word), word);
        // A word longer than every function word is none, even when its first characters are one.
        Assert.False(IsFunctionWord("thereafter"));
        Assert.False(IsFunctionWord("dieselben"));
    }
}
