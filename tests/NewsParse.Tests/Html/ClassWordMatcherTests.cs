using NewsParse.Html;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>The one-pass matcher of class and id words: every place rule, exceptions, words shared by groups, and the same answers as substring searches.</summary>
public class ClassWordMatcherTests
{
    private static readonly ClassWordMatcher Matcher = new(
    [
        (ClassGroup.Advertisement, ClassWordPlace.Token, "ad", null),
        (ClassGroup.Negative, ClassWordPlace.Token, "ad", null),
        (ClassGroup.Navigation, ClassWordPlace.TokenStart, "menu", null),
        (ClassGroup.Share, ClassWordPlace.Anywhere, "share", null),
        (ClassGroup.Unlikely, ClassWordPlace.Anywhere, "share", null),
        (ClassGroup.Comments, ClassWordPlace.TokenStart, "comment", "commentar"),
    ]);

    private static ulong Bits(params ClassGroup[] groups) => groups.Aggregate(0UL, (bits, g) => bits | 1UL << (int)g);

    [Theory]
    [InlineData("ad", new[] { "Advertisement", "Negative" })]
    [InlineData("top-ad sidebar", new[] { "Advertisement", "Negative" })]
    [InlineData("header", new string[0])]
    [InlineData("ads adx bad", new string[0])]
    [InlineData("ad_slot", new[] { "Advertisement", "Negative" })]
    [InlineData("menu-item", new[] { "Navigation" })]
    [InlineData("submenu", new string[0])]
    [InlineData("post__menu", new[] { "Navigation" })]
    [InlineData("reshared", new[] { "Share", "Unlikely" })]
    [InlineData("comments-area", new[] { "Comments" })]
    [InlineData("commentary", new string[0])]
    [InlineData("commentary comment", new[] { "Comments" })]
    [InlineData("ménu menu", new[] { "Navigation" })]
    [InlineData("", new string[0])]
    [InlineData("a", new string[0])]
    public void Finds_the_groups_whose_words_occur_where_their_place_allows(string value, string[] expected) =>
        Assert.Equal(Bits(expected.Select(Enum.Parse<ClassGroup>).ToArray()), Matcher.Match(value));

    [Fact]
    public void Gives_what_a_search_for_each_word_gives_on_random_values()
    {
        // Anywhere-words of several groups, shared prefixes and overlaps: the one pass must find exactly what a
        // substring search of each word finds.
        string[] words = ["ar", "art", "article", "ticle", "le-b", "body", "bod", "y-a"];
        var matcher = new ClassWordMatcher(words.Select((w, i) => ((ClassGroup)i, ClassWordPlace.Anywhere, w, (string?)null)));
        var random = new Random(7);
        const string letters = "arbodytcle- _";
        for (int n = 0; n < 5000; n++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            ulong expected = 0;
            for (int i = 0; i < words.Length; i++) if (value.Contains(words[i], StringComparison.Ordinal)) expected |= 1UL << i;
            Assert.Equal(expected, matcher.Match(value));
        }
    }
}
