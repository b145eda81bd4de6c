using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace NewsParse.Tests.Properties;

/// <summary>Parse never throws on arbitrary strings or bytes: the only exceptions allowed are documented limit errors.</summary>
public class RobustnessProperties
{
    private static readonly NewsParserOptions Small = NewsParserOptions.Default with { MaxBlockChars = 2000, MaxHtmlChars = 20_000 };

    private static readonly string[] Tokens =
    [
        "<p>", "</p>", "<h2>", "</h2>", "<div>", "</div>", "<li>", "<ul>", "<script>", "</script>", "<meta charset=\"shift_jis\">",
        "<title>", "FAQ", "Q: ", "A: ", "By ", "\n", "\n\n", "\r", "# ", "- ", "> ", "```", "Follow us on Twitter", "2025-05-09",
        "The council voted.", "мост", "الجسر", "पुल।", "橋梁。", "?", "\0", "\uFEFF", "\uFFFD", "\uD800", "&amp;", "<!--", "-->",
    ];

    public static Arbitrary<string> Hostile() => Arb.From(
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements(Tokens).ListOf().Select(l => string.Concat(l))));

    [Property(MaxTest = 200, Arbitrary = [typeof(RobustnessProperties)])]
    public void Parse_never_throws_on_arbitrary_strings(string input)
    {
        foreach (var format in new[] { InputFormat.Auto, InputFormat.Text, InputFormat.Html })
            NotThrowing(() => NewsParser.Parse(input, Small with { Format = format }));
    }

    [Property(MaxTest = 200)]
    public void Parse_never_throws_on_arbitrary_bytes(byte[] input)
    {
        NotThrowing(() => NewsParser.Parse(input, Small));
        NotThrowing(() => NewsParser.Parse(new MemoryStream(input), Small));
    }

    private static void NotThrowing(Action parse)
    {
        try
        {
            parse();
        }
        catch (NewsParseException e)
        {
            Assert.True(Enum.IsDefined(e.Code));
        }
    }
}
