using System.Globalization;
using System.Text.RegularExpressions;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Globalization;

/// <summary>
/// The article and the messages do not depend on the current culture of the thread that parses: numbers in reasons and
/// messages are written with the invariant culture. The culture here has a decimal comma and a dot between thousands, as
/// de-DE or fr-FR would, but is made from the invariant culture, so these tests run under invariant globalization too.
/// </summary>
public class CurrentCultureTests
{
    private static CultureInfo DecimalComma()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        return culture;
    }

    private static T Under<T>(CultureInfo culture, Func<T> run)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Cohesion_in_reasons_is_written_with_a_decimal_point_whatever_the_current_culture()
    {
        var seed = Corpus.Read("seed", "xi-putin-moscow.txt");
        var invariant = Under(CultureInfo.InvariantCulture, () => NewsParser.Parse(seed));
        var comma = Under(DecimalComma(), () => NewsParser.Parse(seed));

        var reasons = comma.Boilerplate.Select(b => b.Reason).Where(r => r.Contains("cohesion", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Matches(new Regex(@"cohesion [0-9]\.[0-9]{2}\b", RegexOptions.None, TimeSpan.FromSeconds(1)), r));
        Assert.Equal(ArticleJson.ToJson(invariant), ArticleJson.ToJson(comma));
    }

    [Fact]
    public void A_limit_in_an_exception_message_is_written_the_same_whatever_the_current_culture()
    {
        var text = string.Concat(Enumerable.Repeat("The council voted on Tuesday to approve the bridge.\n\n", 100));
        var parser = new ArticleParser(NewsParserOptions.Default with { MaxInputChars = 1000 });

        var e = Under(DecimalComma(), () => Assert.Throws<NewsParseException>(() => parser.Parse(text)));

        Assert.Equal(NewsParseErrorCode.InputTooLarge, e.Code);
        Assert.Contains("limit of 1,000 characters", e.Message, StringComparison.Ordinal);
    }
}
