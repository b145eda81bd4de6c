using System.Text;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>
/// Inputs made to crash, hang or confuse the parser. Each must give an article (possibly empty, with diagnostics) or a
/// documented <see cref="NewsParseException"/>; none may throw anything else or lose text. No timing assertions: each
/// must simply complete. The heavy ones run once.
/// </summary>
public class HostileInputTests
{
    private const string Sentence = "The committee published its findings on Tuesday after a long inquiry into the port.";

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(" \t\r\n\f\v \u00A0\u2003\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF   \n")]
    public void Empty_or_whitespace_input_gives_an_empty_article_with_NoArticleFound(string input)
    {
        foreach (var format in new[] { InputFormat.Auto, InputFormat.Text, InputFormat.Html })
        {
            var article = NewsParser.Parse(input, NewsParserOptions.Default with { Format = format });
            Assert.Empty(article.Sections);
            Assert.Null(article.Faq);
            Assert.Null(article.Headline);
            Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.NoArticleFound), $"format {format}");

            var fromBytes = NewsParser.Parse(Encoding.UTF8.GetBytes(input), NewsParserOptions.Default with { Format = format });
            Assert.Empty(fromBytes.Sections);
        }
    }

    [Fact]
    public void A_surrogate_without_its_pair_in_a_JSON_LD_script_does_not_stop_the_parse_nor_lose_the_metadata()
    {
        // Found by mutating the development pages (a page given as a string may hold one): the JSON parser threw an
        // ArgumentException on text that cannot be UTF-8, and it escaped Parse. The surrogate is read as U+FFFD.
        var page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Port inquiry ends\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana L\uD800pez\"}}</script></head>"
            + $"<body><article><p>{Sentence}</p><p>{Sentence}</p></article></body></html>";
        var article = NewsParser.Parse(page, NewsParserOptions.Default with { Format = InputFormat.Html });
        Assert.Equal("Port inquiry ends", article.Headline);
        Assert.Equal("Ana L\uFFFDpez", article.Byline);
        Assert.Contains(Sentence, ArticleTexts.Joined(article));
    }

    [Fact]
    public void Empty_input_through_the_cli_gives_a_valid_empty_article()
    {
        var json = CliRunner.AssertJsonOrOneLineError(CliRunner.Run([]));
        Assert.NotNull(json);
        Assert.Equal(0, json!.RootElement.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public void A_50_MB_single_line_over_the_block_limit_is_a_BlockTooLarge_error_not_a_crash()
    {
        var text = new string('x', 50 * 1024 * 1024);
        var e = Assert.Throws<NewsParseException>(() => NewsParser.Parse(text, NewsParserOptions.Default with { MaxBlockChars = 1024 * 1024 }));
        Assert.Equal(NewsParseErrorCode.BlockTooLarge, e.Code);
    }

    [Fact]
    public void Twenty_thousand_html_headings_complete()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) html.Append("<h").Append(2 + (i % 5)).Append(">Port Inquiry Update ").Append(i).Append("</h").Append(2 + (i % 5)).Append('>');
        html.Append("<p>").Append(Sentence).Append("</p></body></html>");

        var article = NewsParser.Parse(html.ToString());

        Assert.Contains(Sentence, ArticleTexts.Joined(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_20_MB_attribute_value_does_not_hide_the_text()
    {
        var html = "<html><body><article><p title=\"" + new string('a', 20 * 1024 * 1024) + "\">" + Sentence + "</p><p>" + Sentence.Replace("port", "harbour") + "</p></article></body></html>";

        var article = NewsParser.Parse(html);

        var all = ArticleTexts.Joined(article);
        Assert.Contains(Sentence, all, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaaaaaaa", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20261127);
        foreach (int size in new[] { 1, 2, 3, 7, 64, 1000, 4096, 4097, 70_000, 1 << 20 })
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            var article = NewsParser.Parse(bytes);
            Assert.NotNull(article);
            if (size >= 1000) Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.BinaryInput), $"size {size}");
        }
    }

    [Fact]
    public void Random_text_with_markup_characters_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "<>/=\"' \n\r\tabcpdivh123!-&#;:?.,QA*#>`~|[]()\u00A0\u200B\uFEFF\uFFFD\u0000ЖअবعあA";
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 3000)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var input = new string(chars);
            foreach (var format in new[] { InputFormat.Auto, InputFormat.Text, InputFormat.Html })
            {
                _ = NewsParser.Parse(input, NewsParserOptions.Default with { Format = format });
            }
        }
    }

    [Fact]
    public void A_png_is_reported_as_binary_and_nothing_is_read()
    {
        var png = PngBytes();
        var article = NewsParser.Parse(png);
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.BinaryInput));
        Assert.Empty(article.Sections);
    }

    [Fact]
    public void A_png_named_html_through_the_cli_is_a_one_line_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsparse-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(path, PngBytes());
        try
        {
            var outcome = CliRunner.Run([], path);
            CliRunner.AssertOneLineError(outcome);
            Assert.Contains("binary", outcome.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Random_bytes_through_the_cli_give_a_one_line_error()
    {
        var bytes = new byte[100_000];
        new Random(3).NextBytes(bytes);
        CliRunner.AssertOneLineError(CliRunner.Run(bytes));
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes(Sentence + "\n\n").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 })
            .Concat(Encoding.UTF8.GetBytes(" tail of the second paragraph, which goes on.\n")).ToArray();

        var article = NewsParser.Parse(bytes);

        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.InvalidEncoding));
        var all = ArticleTexts.Joined(article);
        Assert.Contains(Sentence, all, StringComparison.Ordinal);
        Assert.Contains("tail of the second paragraph", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_split_across_chunks_is_replaced_and_reported()
    {
        // A valid "é" first, so that the input is UTF-8 (bytes that are never valid UTF-8 would read as windows-1252).
        var bytes = Encoding.UTF8.GetBytes("é " + new string('a', 5000) + " é " + Sentence);
        bytes[5004] = 0xFF; // break the second é
        var reader = ArticleParser.Default.CreateReader();
        var builder = new NewsParse.Building.ArticleBuilder();
        for (int at = 0; at < bytes.Length; at += 3)
        {
            reader.AppendBytes(bytes.AsSpan(at, Math.Min(3, bytes.Length - at)));
            while (reader.Read()) builder.Add(reader.Current);
        }
        reader.Complete();
        while (reader.Read()) builder.Add(reader.Current);
        var article = builder.Build();
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.InvalidEncoding));
        Assert.Contains(Sentence, ArticleTexts.Joined(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_bytes_after_the_first_4096_are_reported()
    {
        // Regression: only the chunk that decided the encoding was checked, so later invalid bytes went unreported.
        // A UTF-8 "é" first, so that the input is UTF-8 (bytes that are never valid UTF-8 would read as windows-1252).
        var bytes = Encoding.UTF8.GetBytes("Café\n\n" + string.Concat(Enumerable.Repeat(Sentence + "\n\n", 200))).Concat(new byte[] { 0xFF, 0x0A }).ToArray();
        Assert.True(ArticleTexts.HasDiagnostic(NewsParser.Parse(bytes), DiagnosticCode.InvalidEncoding));
        Assert.True(ArticleTexts.HasDiagnostic(ArticleParser.Default.Parse(new MemoryStream(bytes)), DiagnosticCode.InvalidEncoding));
    }

    [Fact]
    public void A_literal_replacement_character_cut_by_a_chunk_boundary_is_not_invalid_encoding()
    {
        // Regression: the check looked for the bytes EF BF BD within one chunk, so a cut one was taken for invalid input.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Sentence + "\n\n", 60)) + " \uFFFD " + Sentence);
        var reader = ArticleParser.Default.CreateReader();
        var builder = new NewsParse.Building.ArticleBuilder();
        int cut = Array.IndexOf(bytes, (byte)0xEF) + 1;
        reader.AppendBytes(bytes.AsSpan(0, cut));
        reader.AppendBytes(bytes.AsSpan(cut), isFinalBlock: true);
        while (reader.Read()) builder.Add(reader.Current);
        Assert.False(ArticleTexts.HasDiagnostic(builder.Build(), DiagnosticCode.InvalidEncoding));
    }

    [Fact]
    public void A_few_nul_bytes_in_text_are_dropped_and_the_text_is_kept()
    {
        var text = Sentence + "\0\n\nA second\0 paragraph follows here, about the\0 harbour and its ships.";
        var article = NewsParser.Parse(Encoding.UTF8.GetBytes(text));
        var all = ArticleTexts.Joined(article);
        Assert.DoesNotContain('\0', all);
        Assert.Contains("A second paragraph follows here", all, StringComparison.Ordinal);
        Assert.Contains(Sentence, all, StringComparison.Ordinal);
    }

    [Fact]
    public void Mostly_nul_bytes_are_binary()
    {
        var bytes = new byte[10_000];
        Encoding.ASCII.GetBytes(Sentence).CopyTo(bytes, 0);
        var article = NewsParser.Parse(bytes);
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.BinaryInput));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_with_a_bom_is_decoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        const string page = "<html><body><article><h1>Привет, мир</h1><p>Москва приняла решение о новом мосте. Строительство начнётся весной.</p><p>日本語の段落もあります。とても長い文章です。</p></article></body></html>";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(page)).ToArray();

        var article = NewsParser.Parse(bytes);

        var all = ArticleTexts.Joined(article);
        Assert.Contains("Москва приняла решение о новом мосте.", all, StringComparison.Ordinal);
        Assert.Contains("日本語の段落もあります。", all, StringComparison.Ordinal);
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.InvalidEncoding));
    }

    [Theory]
    [InlineData("windows-1251", "<meta charset=\"windows-1251\">", "Москва приняла решение о новом мосте. Строительство начнётся весной и займёт два года.")]
    [InlineData("windows-1251", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", "Москва приняла решение о новом мосте. Строительство начнётся весной и займёт два года.")]
    [InlineData("shift_jis", "<meta charset=\"Shift_JIS\">", "東京都は新しい橋の建設を承認した。工事は来年の春に始まる予定だ。")]
    [InlineData("shift_jis", "<meta http-equiv=\"content-type\" content=\"text/html; charset=shift_jis\">", "東京都は新しい橋の建設を承認した。工事は来年の春に始まる予定だ。")]
    public void A_legacy_charset_declared_by_meta_is_decoded(string encodingName, string meta, string paragraph)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(encodingName)!;
        var page = $"<!doctype html><html><head>{meta}<title>t</title></head><body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        var bytes = encoding.GetBytes(page);
        Assert.NotEqual(Encoding.UTF8.GetBytes(page), bytes); // the test really is about a legacy encoding

        var article = NewsParser.Parse(bytes);

        Assert.Contains(paragraph, ArticleTexts.Joined(article), StringComparison.Ordinal);
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.InvalidEncoding));
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.EncodingDeclarationOverridden));
    }

    [Fact]
    public void A_page_saved_as_utf8_but_declaring_windows_1251_is_read_as_utf8_and_the_override_reported()
    {
        const string paragraph = "Москва приняла решение о новом мосте. Строительство начнётся весной.";
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"windows-1251\"></head><body><p>{paragraph}</p></body></html>");

        var article = NewsParser.Parse(bytes);

        Assert.Contains(paragraph, ArticleTexts.Joined(article), StringComparison.Ordinal);
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.EncodingDeclarationOverridden));
    }

    [Fact]
    public void An_unknown_declared_charset_falls_back_to_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"x-no-such-charset\"></head><body><p>{Sentence}</p></body></html>");
        var article = NewsParser.Parse(bytes);
        Assert.Contains(Sentence, ArticleTexts.Joined(article), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-32")]
    [InlineData("ibm037")]
    [InlineData("..")]
    [InlineData("-")]
    public void Odd_declared_charsets_never_throw_and_the_text_is_read(string name)
    {
        // Regression: a declared UTF-32 or EBCDIC charset was followed, turning an ASCII page into nonsense.
        var article = NewsParser.Parse(Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{name}\"></head><body><p>The council voted on Tuesday to approve the bridge.</p></body></html>"));
        Assert.Contains("The council voted on Tuesday to approve the bridge.", ArticleTexts.Joined(article), StringComparison.Ordinal);
        FuzzRegressionTests.RunLikeTheHarness(Encoding.UTF8.GetBytes($"<meta charset=\"{name}\"><p>The council voted on Tuesday to approve the bridge.</p>"));
        FuzzRegressionTests.RunLikeTheHarness(Encoding.UTF8.GetBytes($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={name}\"><p>Text.</p>"));
    }

    [Fact]
    public void A_page_that_is_only_a_script_has_no_article()
    {
        var script = "<script>\nvar a = 1;\nfor (var i = 0; i < 10; i++) { document.write('<p>' + i + ' is not article text.</p>'); }\n</script>";
        foreach (var input in new[] { script, "<html><head>" + script + "</head><body>" + script + "</body></html>" })
        {
            var article = NewsParser.Parse(input);
            Assert.Empty(article.Sections);
            Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.NoArticleFound));
            Assert.DoesNotContain("is not article text", ArticleTexts.Joined(article), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_fragments_and_broken_markup_never_throw()
    {
        string[] inputs =
        [
            "<", "<>", "</", "<p", "<p>", "</p>", "<!--", "<!-- never closed <p>text</p>", "<![CDATA[", "<!doctype", "<?xml?>",
            "<title>", "<title>never closed " + Sentence, "<script>", "<style>", "<textarea>", "<plaintext>" + Sentence,
            "<table><tr><td><table><tr><td>" + Sentence, "<p>" + Sentence + "<p>" + Sentence, "<h1><h2><h3>" + Sentence,
            "<ul><li><ul><li><ul><li>" + Sentence, "<a href=\"", "<p title='" + Sentence, "&", "&#", "&#x;", "&#99999999999;", "&amp",
            "<svg><foreignObject><p>" + Sentence, "<math><mi>x</mi></math>", "<template><p>" + Sentence + "</template>",
            "<details><summary>Q?</summary>", "<frameset><frame>", "<noscript><p>" + Sentence + "</p></noscript>",
        ];
        foreach (var input in inputs)
        {
            _ = NewsParser.Parse(input);
            _ = NewsParser.ParseHtml(input);
            _ = NewsParser.ParseText(input);
            _ = NewsParser.Parse(Encoding.UTF8.GetBytes(input));
        }
    }

    private static byte[] PngBytes()
    {
        // A real PNG signature and IHDR chunk, then deterministic noise for the compressed data.
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66];
        var body = new byte[20_000];
        new Random(89).NextBytes(body);
        return [.. header, .. body];
    }
}
