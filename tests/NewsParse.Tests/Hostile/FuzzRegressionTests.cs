using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>
/// Inputs found by fuzzing (tests/fuzz/run.sh, AFL++ through SharpFuzz; see docs/fuzzing.md), kept as they were found under
/// Corpus/fuzz/, each with the defect it exposed. Each runs through what the fuzzing harness runs.
/// </summary>
public class FuzzRegressionTests
{
    [Theory]
    [InlineData("meta-charset-utf7-1.bin")]
    [InlineData("meta-charset-utf7-2.bin")]
    [InlineData("meta-charset-utf7-3.bin")]
    public void Found_by_fuzzing_meta_charset_utf7_threw_NotSupportedException(string file)
    {
        // Defect: <meta charset="utf-7"> made Encoding.GetEncoding throw NotSupportedException (UTF-7 is disabled in
        // .NET 5+), which escaped Parse. Now UTF-7 is never used: the page is read as UTF-8.
        var bytes = File.ReadAllBytes(Corpus.PathOf("fuzz", file));
        Assert.Contains("utf-7", Encoding.Latin1.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        RunLikeTheHarness(bytes);
    }

    [Fact]
    public void Found_by_fuzzing_a_date_with_digits_of_another_script_threw_FormatException()
    {
        // Defect: "2025-05-߀9..." (U+07C0, an NKo digit): \d matched it and int.Parse threw FormatException, which
        // escaped Parse. Now the date patterns read ASCII digits only.
        var bytes = File.ReadAllBytes(Corpus.PathOf("fuzz", "date-nko-digits.bin"));
        Assert.Contains('\u07C0', Encoding.UTF8.GetString(bytes));
        RunLikeTheHarness(bytes);
        Assert.Null(NewsParse.Text.DateReader.Find("Published 2025-05-\u07C09 10:00"));
        Assert.Equal("2025-05-09", NewsParse.Text.DateReader.Find("Published 2025-05-09")?.Iso);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("utf_7")]
    [InlineData("unicode-1-1-utf-7")]
    [InlineData("x-unicode20utf7")]
    [InlineData("csUnicode11UTF7")]
    public void A_page_declaring_utf7_is_read_as_utf8(string name)
    {
        const string paragraph = "Der Rat stimmte am Dienstag für die Brücke. Der Bau beginnt im Frühjahr.";
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{name}\"></head><body><p>{paragraph}</p><p>+AGEAYgBj-</p></body></html>");
        var article = NewsParser.Parse(bytes);
        var all = ArticleTexts.Joined(article);
        Assert.Contains(paragraph, all, StringComparison.Ordinal);
        Assert.Contains("+AGEAYgBj-", all, StringComparison.Ordinal); // not decoded as UTF-7
    }

    /// <summary>What tests/fuzz/NewsParse.Fuzz does with one input: parse, render, round-trip the JSON, parse again in small chunks.</summary>
    internal static void RunLikeTheHarness(byte[] input)
    {
        var article = NewsParser.Parse(input);
        Assert.Equal(article, ArticleJson.FromJson(ArticleJson.ToJson(article)));
        _ = ArticleMarkdown.ToMarkdown(article);
        _ = ArticleText.ToText(article);

        var reader = ArticleParser.Default.CreateReader();
        var builder = new NewsParse.Building.ArticleBuilder();
        for (int at = 0; at < input.Length; at += 7)
        {
            reader.AppendBytes(input.AsSpan(at, Math.Min(7, input.Length - at)));
            while (reader.Read()) builder.Add(reader.Current);
        }
        reader.Complete();
        while (reader.Read()) builder.Add(reader.Current);
        Assert.IsType<Article>(builder.Build());
    }
}
