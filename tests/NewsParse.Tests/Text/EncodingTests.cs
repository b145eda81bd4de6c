using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using NewsParse.Tests.Hostile;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>
/// Bytes are decoded as the WHATWG Encoding Standard and the HTML standard's sniffing say (labels, BOM, transport
/// charset, meta prescan), a declaration the bytes contradict is overridden with a diagnostic, and each failure seen on
/// real pages has its regression test on a small page written here.
/// </summary>
public sealed class EncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    /// <summary>A page with a declaration in its head and the article's text; its bytes are made by the caller.</summary>
    private static string Page(string head, string text, string headline = "Council approves budget") =>
        $"<!DOCTYPE html><html lang=\"en\"><head>{head}<title>{headline}</title></head><body><article><h1>{headline}</h1>"
        + string.Concat(Enumerable.Repeat($"<p>{Sentence}{text} {Sentence}</p>\n", 4)) + "</article></body></html>";

    // Regression: charset=iso-8859-1 was decoded as strict Latin-1, so „ “ ’ – came out as the controls U+0084, U+0093...
    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<meta charset=latin1>")]
    [InlineData("<meta charset=\"us-ascii\">")]
    public void A_latin1_declared_page_with_windows_1252_bytes_keeps_its_quotes_and_dashes(string head)
    {
        var bytes = Windows1252.GetBytes(Page(head, "„Wir schaffen das“, sagte sie – it’s done."));
        var article = NewsParser.Parse(bytes);
        var text = ArticleText.ToText(article);
        Assert.Contains("„Wir schaffen das“, sagte sie – it’s done.", text);
        Assert.DoesNotContain(text, c => c is >= '\u0080' and <= '\u009F');
        Assert.DoesNotContain(article.Diagnostics, d => d.Code is DiagnosticCode.EncodingDeclarationOverridden or DiagnosticCode.InvalidEncoding);
    }

    // Regression: a UTF-8 page declaring iso-8859-1 came out as "âJunoâ".
    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">")]
    [InlineData("<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\">")]
    public void A_utf8_page_declaring_latin1_is_read_as_utf8_with_a_diagnostic(string head)
    {
        var article = NewsParser.Parse(Encoding.UTF8.GetBytes(Page(head, "The probe “Juno” reached Jupiter’s orbit.")));
        Assert.Contains("The probe “Juno” reached Jupiter’s orbit.", ArticleText.ToText(article));
        Assert.DoesNotContain("â", ArticleTexts.Joined(article));
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.EncodingDeclarationOverridden);
        Assert.Contains("UTF-8", diagnostic.Message);
    }

    [Fact]
    public void Utf8_is_told_from_the_bytes_even_when_the_first_non_ascii_letter_comes_late()
    {
        // 20 KB of ASCII head before the first UTF-8 letter: past the standard's 1,024 bytes and the old 4,096.
        var head = "<meta charset=\"iso-8859-1\"><style>" + string.Concat(Enumerable.Repeat(".c{color:red}\n", 1500)) + "</style>";
        var article = NewsParser.Parse(Encoding.UTF8.GetBytes(Page(head, "Zoë’s café")));
        Assert.Contains("Zoë’s café", ArticleText.ToText(article));
    }

    [Fact]
    public void A_page_declaring_utf8_whose_bytes_are_latin_text_is_read_as_windows_1252_with_a_diagnostic()
    {
        var bytes = Windows1252.GetBytes(Page("<meta charset=\"utf-8\">", "Die Straße für Bürger wird im März geöffnet – sagt der Bürgermeister."));
        var article = NewsParser.Parse(bytes);
        Assert.Contains("Die Straße für Bürger wird im März geöffnet – sagt der Bürgermeister.", ArticleText.ToText(article));
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.EncodingDeclarationOverridden && d.Message.Contains("windows-1252"));
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding);
    }

    [Fact]
    public void A_utf8_page_with_a_few_stray_bytes_stays_utf8()
    {
        var page = Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">", "Zoë’s café in Köln, „gut“ — ja.")).ToList();
        // One stray windows-1252 byte in a page of many UTF-8 letters.
        int at = page.IndexOf((byte)'<', page.IndexOf((byte)'!') + 100);
        page.Insert(at, 0xE9);
        var article = NewsParser.Parse(page.ToArray());
        Assert.Contains("Zoë’s café in Köln, „gut“", ArticleText.ToText(article));
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.EncodingDeclarationOverridden);
    }

    [Fact]
    public void Undeclared_bytes_are_utf8_when_valid_and_windows_1252_when_clearly_latin_text()
    {
        const string text = "Grüße aus Köln: „Das Café öffnet im März“ – für alle.";
        Assert.Contains(text, ArticleText.ToText(NewsParser.Parse(Encoding.UTF8.GetBytes(Page("", text)))));
        var latin = NewsParser.Parse(Windows1252.GetBytes(Page("", text)));
        Assert.Contains(text, ArticleText.ToText(latin));
        Assert.DoesNotContain(latin.Diagnostics, d => d.Code is DiagnosticCode.InvalidEncoding or DiagnosticCode.BinaryInput);
        // A text dump too, not only HTML.
        var dump = "Café in Köln öffnet\n\n" + string.Concat(Enumerable.Repeat("Die Straße für Bürger wird im März geöffnet, sagt der Bürgermeister von Köln.\n\n", 6));
        Assert.Contains("Die Straße für Bürger", ArticleText.ToText(NewsParser.Parse(Windows1252.GetBytes(dump))));
    }

    [Fact]
    public void Cyrillic_legacy_bytes_without_a_declaration_are_not_guessed_as_windows_1252()
    {
        // Long runs of high bytes are not Latin text: no guess is made (UTF-8, where every letter is invalid).
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(Page("", "Городской совет утвердил новый бюджет"));
        Assert.Equal(EncodingLabels.Utf8, EncodingSniffer.TrySniff(bytes, true, null)!.Value.Name);
        Assert.DoesNotContain("ÃîðîäñêîÉ", ArticleTexts.Joined(NewsParser.Parse(bytes)));
        // Declared, it reads.
        var declared = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(Page("<meta charset=\"windows-1251\">", "Городской совет утвердил новый бюджет"));
        Assert.Contains("Городской совет утвердил новый бюджет", ArticleText.ToText(NewsParser.Parse(declared)));
    }

    [Fact]
    public void The_transport_charset_takes_precedence_over_the_meta_and_a_bom_over_both()
    {
        const string text = "Городской совет утвердил новый бюджет после долгих споров.";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(Page("<meta charset=\"koi8-r\">", text));
        Assert.DoesNotContain(text, ArticleText.ToText(NewsParser.Parse(bytes)));
        Assert.Contains(text, ArticleText.ToText(ArticleParser.Default.Parse(bytes, "windows-1251")));
        Assert.Contains(text, ArticleText.ToText(ArticleParser.Default.Parse(bytes, " CP1251 ")));
        // An unknown transport label counts for nothing: the meta decides.
        Assert.DoesNotContain(text, ArticleText.ToText(ArticleParser.Default.Parse(bytes, "no-such-charset")));

        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"koi8-r\">", text))).ToArray();
        Assert.Contains(text, ArticleText.ToText(ArticleParser.Default.Parse(utf8, "windows-1251")));
    }

    [Fact]
    public void A_transport_latin1_over_utf8_bytes_is_overridden_too()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("", "The probe “Juno” reached Jupiter’s orbit."));
        var article = ArticleParser.Default.Parse(bytes, "ISO-8859-1");
        Assert.Contains("“Juno”", ArticleText.ToText(article));
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.EncodingDeclarationOverridden && d.Message.Contains("HTTP"));
    }

    [Fact]
    public void A_meta_declaring_utf16_means_utf8_and_x_user_defined_means_windows_1252()
    {
        Assert.Equal(EncodingLabels.Utf8, MetaPrescan.Find("<meta charset=\"utf-16le\">"u8));
        Assert.Equal(EncodingLabels.Utf8, MetaPrescan.Find("<meta charset=\"UTF-16\">"u8));
        Assert.Equal(EncodingLabels.Windows1252, MetaPrescan.Find("<meta charset=\"x-user-defined\">"u8));
        // From the transport layer they are what they say.
        var utf16 = Encoding.Unicode.GetBytes(Page("", "Zoë’s café"));
        Assert.Contains("Zoë’s café", ArticleText.ToText(ArticleParser.Default.Parse(utf16, "utf-16")));
        var userDefined = EncodingSniffer.TrySniff("<p>\x80</p>"u8, true, "x-user-defined")!.Value;
        Assert.Equal("\uF780", userDefined.Encoding.GetString([0x80]));
    }

    [Fact]
    public void A_replacement_label_gives_no_text_and_says_why()
    {
        var bytes = Encoding.ASCII.GetBytes(Page("<meta charset=\"iso-2022-kr\">", "Secret text"));
        var article = NewsParser.Parse(bytes);
        Assert.DoesNotContain("Secret", ArticleTexts.Joined(article));
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding && d.Message.Contains("iso-2022-kr"));
    }

    [Theory]
    [InlineData("iso-8859-1", "windows-1252")]
    [InlineData("latin1", "windows-1252")]
    [InlineData("ascii", "windows-1252")]
    [InlineData("US-ASCII", "windows-1252")]
    [InlineData(" l1\t", "windows-1252")]
    [InlineData("iso-8859-9", "windows-1254")]
    [InlineData("tis-620", "windows-874")]
    [InlineData("utf8", "UTF-8")]
    [InlineData("unicode-1-1-utf-8", "UTF-8")]
    [InlineData("utf-16", "UTF-16LE")]
    [InlineData("unicodefffe", "UTF-16BE")]
    [InlineData("gb2312", "GBK")]
    [InlineData("x-sjis", "Shift_JIS")]
    [InlineData("ks_c_5601-1987", "EUC-KR")]
    [InlineData("iso-2022-kr", "replacement")]
    [InlineData("hz-gb-2312", "replacement")]
    [InlineData("latin6", "ISO-8859-10")]
    [InlineData("x-mac-ukrainian", "x-mac-cyrillic")]
    [InlineData("utf-7", null)]
    [InlineData("utf-32", null)]
    [InlineData("ebcdic-cp-us", null)]
    [InlineData("", null)]
    [InlineData("latin1x", null)]
    public void Labels_mean_what_the_encoding_standard_says(string label, string? name)
    {
        Assert.Equal(name, EncodingLabels.NameOf(label));
    }

    [Theory]
    [InlineData("windows-1252", new byte[] { 0x80, 0x84, 0x93, 0x96, 0x81 }, "€„“–\u0081")]
    [InlineData("ISO-8859-10", new byte[] { 0xA1, 0xBD, 0xFF }, "Ą\u2015ĸ")]
    [InlineData("ISO-8859-14", new byte[] { 0xA1, 0xD0, 0xFF }, "ḂŴÿ")]
    [InlineData("ISO-8859-16", new byte[] { 0xA4, 0xAA, 0xDE }, "€ȘȚ")]
    [InlineData("windows-1254", new byte[] { 0xD0, 0xFD }, "Ğı")]
    [InlineData("KOI8-R", new byte[] { 0xC1 }, "а")]
    [InlineData("EUC-JP", new byte[] { 0xA4, 0xA2 }, "あ")]
    public void Every_encoding_decodes_as_its_index(string name, byte[] bytes, string expected)
    {
        Assert.Equal("Az09<" + expected, EncodingLabels.Get(name).GetString([.. "Az09<"u8, .. bytes]));
    }

    [Fact]
    public void Every_encoding_of_the_table_has_a_decoder_and_ascii_reads_as_ascii()
    {
        var names = new[] { "UTF-8", "IBM866", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8",
            "ISO-8859-8-I", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16", "KOI8-R", "KOI8-U", "macintosh",
            "windows-874", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
            "windows-1257", "windows-1258", "x-mac-cyrillic", "GBK", "gb18030", "Big5", "EUC-JP", "ISO-2022-JP", "Shift_JIS", "EUC-KR", "x-user-defined" };
        foreach (var name in names)
        {
            Assert.Equal(name, EncodingLabels.NameOf(name));
            Assert.Equal("<meta charset=\"x\"> Az09", EncodingLabels.Get(name).GetString("<meta charset=\"x\"> Az09"u8));
        }
    }

    [Fact]
    public void Decoding_a_legacy_page_does_not_depend_on_how_its_bytes_are_cut()
    {
        var bytes = Windows1252.GetBytes(Page("<meta charset=\"iso-8859-1\">", "„Grüße“ – für alle."));
        var whole = NewsParser.Parse(bytes);
        Assert.Contains("„Grüße“ – für alle.", ArticleText.ToText(whole));
        for (int cut = 0; cut <= bytes.Length; cut += 7)
        {
            var reader = new Reading.ArticleReader();
            reader.AppendBytes(bytes.AsSpan(0, cut));
            reader.AppendBytes(bytes.AsSpan(cut), isFinalBlock: true);
            var builder = new Building.ArticleBuilder();
            while (reader.Read()) builder.Add(reader.Current);
            Assert.Equal(whole, builder.Build());
        }
    }

    [Fact]
    public void Cuts_around_the_sniffing_window_give_the_same_article()
    {
        // Longer than the 64 KiB the encoding is decided from, with its first UTF-8 letters just inside the window.
        var filler = "<style>" + string.Concat(Enumerable.Repeat(".c{color:red}\n", 4654)) + "</style>";
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"iso-8859-1\">" + filler, "Zoë’s café"));
        int window = EncodingSniffer.SniffBytes;
        Assert.InRange(bytes.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)0x7F), window - 200, window - 1);
        var whole = NewsParser.Parse(bytes);
        Assert.Contains("Zoë’s café", ArticleText.ToText(whole));
        int[] cuts = [0, 1, 2, 3, 1024, window - 300, window - 1, window, window + 1, window + 2, window + 300, bytes.Length - 1];
        foreach (int cut in cuts.Concat(Enumerable.Range(window - 220, 40)))
        {
            var reader = new Reading.ArticleReader();
            reader.AppendBytes(bytes.AsSpan(0, cut));
            reader.AppendBytes(bytes.AsSpan(cut), isFinalBlock: true);
            var builder = new Building.ArticleBuilder();
            while (reader.Read()) builder.Add(reader.Current);
            Assert.True(whole.Equals(builder.Build()), $"cut at {cut}");
        }
    }

    [Theory]
    [InlineData("text/html; charset=ISO-8859-1", "ISO-8859-1")]
    [InlineData("text/html;charset=\"utf-8\"", "utf-8")]
    [InlineData("text/html; Charset = 'windows-1251' ; q=1", "windows-1251")]
    [InlineData("text/html; format=flowed; charset=koi8-r", "koi8-r")]
    [InlineData("text/html", null)]
    [InlineData("text/html; charset=", null)]
    [InlineData("", null)]
    public void The_charset_of_a_content_type_header_is_its_parameter(string header, string? charset)
    {
        Assert.Equal(charset, ContentTypeCharset.Of(header));
    }
}
