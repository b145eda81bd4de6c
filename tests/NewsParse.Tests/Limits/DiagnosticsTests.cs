using System.Text;
using NewsParse.Model;
using NewsParse.Tests.Hostile;
using Xunit;

namespace NewsParse.Tests.Limits;

/// <summary>Recoverable oddities are reported as diagnostics on the article, and clean input reports none of them.</summary>
public class DiagnosticsTests
{
    private const string Paragraph = "The council voted on Tuesday to approve the bridge. Construction begins next spring.";

    [Fact]
    public void Clean_utf8_has_no_encoding_diagnostics_even_with_a_literal_replacement_character()
    {
        var article = NewsParser.Parse(Encoding.UTF8.GetBytes(Paragraph + " The sign \uFFFD was printed as is.\n"));
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.InvalidEncoding));
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.EncodingDeclarationOverridden));
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.BinaryInput));
        Assert.False(ArticleTexts.HasDiagnostic(article, DiagnosticCode.NoArticleFound));
    }

    [Fact]
    public void InvalidEncoding_is_reported_once_however_many_bad_bytes()
    {
        var bytes = new List<byte>();
        // UTF-8 letters as many as the bad bytes, so that the input is UTF-8 (bytes never valid as UTF-8 would read as windows-1252).
        for (int i = 0; i < 100; i++) bytes.AddRange([.. Encoding.UTF8.GetBytes("Café. " + Paragraph), 0xFF, (byte)'\n']);
        var article = NewsParser.Parse(bytes.ToArray());
        Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding);
    }

    [Fact]
    public void EncodingDeclarationOverridden_names_the_declared_charset()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café crème à la française. " + Paragraph + "</p></body></html>");
        var article = NewsParser.Parse(bytes);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Code == DiagnosticCode.EncodingDeclarationOverridden);
        Assert.Contains("iso-8859-1", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Café crème à la française.", ArticleTexts.Joined(article), StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryInput_from_a_string_with_control_characters()
    {
        var article = NewsParser.Parse(new string('\u0001', 100) + Paragraph);
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.BinaryInput));
        Assert.Empty(article.Sections);
    }

    [Fact]
    public void NoArticleFound_for_boilerplate_only_text()
    {
        var article = NewsParser.ParseText("Follow us on Facebook\nShare on Twitter\nSubscribe to our newsletter\n");
        Assert.Empty(article.Sections);
        Assert.True(ArticleTexts.HasDiagnostic(article, DiagnosticCode.NoArticleFound));
        Assert.NotEmpty(article.Boilerplate);
    }
}
