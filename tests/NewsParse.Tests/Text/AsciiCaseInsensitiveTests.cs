using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>The ASCII case-insensitive search finds what an ordinal case-insensitive search finds in ASCII text, and only ASCII letters fold.</summary>
public sealed class AsciiCaseInsensitiveTests
{
    [Fact]
    public void Finds_what_OrdinalIgnoreCase_finds_in_ASCII_text_from_every_start()
    {
        var random = new Random(20261128);
        const string alphabet = "aAbBcC-<>:; ";
        string[] words = ["ab", "Abc", "<a", "c-", "aaa", "b", ":A"];
        for (int round = 0; round < 3000; round++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            foreach (var word in words)
            {
                for (int from = 0; from <= text.Length; from++)
                {
                    int expected = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
                    Assert.True(expected == AsciiCaseInsensitive.IndexOf(text, word, from), $"\"{word}\" in \"{text}\" from {from}");
                }
                Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase), AsciiCaseInsensitive.Contains(text, word));
            }
        }
    }

    [Theory]
    [InlineData("post-AUTHOR-name", "author", 5)]
    [InlineData("DISPLAY:none", "display", 0)]
    [InlineData("<META charset=x>", "<meta", 0)]
    [InlineData("xx author", "author", 3)]       // at the very end
    [InlineData("autho", "author", -1)]          // shorter than the word
    [InlineData("", "faq", -1)]
    [InlineData("aut\u0127or", "author", -1)]    // no non-ASCII letter folds to an ASCII one
    [InlineData("byl\u0131ne", "byline", -1)]    // dotless i is not i (OrdinalIgnoreCase would say it is)
    public void Folds_ASCII_letters_only(string text, string word, int at) =>
        Assert.Equal(at, AsciiCaseInsensitive.IndexOf(text, word));
}
