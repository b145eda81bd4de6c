using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsParse.Tests.Properties;
using Xunit;
using static NewsParse.Tests.Properties.ArticleRenderers;

namespace NewsParse.Tests.NoLoss;

/// <summary>
/// Nothing silently lost, over generated pages: a generated article in every HTML style, with page furniture of the
/// kinds real pages have dropped around and inside it (loose text before the page, a list used to indent text, an
/// embedded post in a figure, a credit in a figure, the headline repeated in a teaser, a hidden block, links with
/// boilerplate classes inside a paragraph), gives back every visible word of the page in its model, and the body, FAQ
/// and boilerplate give back no word more often than the page shows it.
/// </summary>
public class NoLossProperties
{
    /// <summary>Furniture as HTML; {0} is the article's headline (or a title when it has none).</summary>
    private static readonly string[] Furniture =
    [
        "<b>Warning</b>: Cannot modify header information in <b>/var/www/index.php</b> on line <b>12</b><br>",
        "<ul> Really my goal is to <i>create</i> something, but I started small. </ul>",
        "<figure class=\"embed\"><blockquote class=\"post\"><p>An embedded post from a witness who saw the ferry leave</p>&mdash; Witness (@witness) <a href=\"/status/1\">5 November 2023</a></blockquote></figure>",
        "<figure><img src=\"/a.jpg\" alt=\"\"><span class=\"credit\">Photo: Agency</span></figure>",
        "<aside><h3>More stories</h3><ul><li><a href=\"/x\">{0}</a></li><li><a href=\"/y\">Another story about the weather</a></li></ul></aside>",
        "<div hidden><p>This hidden text is not shown to readers and is not counted</p></div>",
        "<p>Readers who follow the <a class=\"popup internal_tag\" href=\"/tag/council\">council</a> news will know the rest.</p>",
        "<div class=\"share\">Share <a href=\"https://facebook.com/s\">Facebook</a> <a href=\"https://x.com/s\">X</a></div>",
        "Loose words between the blocks of the page",
    ];

    /// <summary>A generated page: the article, the furniture chosen (indexes into the list above) and the HTML style.</summary>
    public sealed record FurnishedPage(ArticleSpec Spec, int[] Furniture, HtmlStyle Style)
    {
        public override string ToString() => Page(Spec, Furniture, Style);
    }

    public static class Arbitraries
    {
        public static Arbitrary<FurnishedPage> Pages() => Arb.From(
            from spec in ArticleGenerators.ArticleGen()
            from furniture in Gen.SubListOf(Enumerable.Range(0, Furniture.Length).ToArray())
            from style in Gen.Elements(Enum.GetValues<HtmlStyle>())
            select new FurnishedPage(spec, furniture.ToArray(), style));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(Arbitraries)])]
    public void Every_visible_word_of_a_page_with_furniture_comes_back_and_none_twice(FurnishedPage page)
    {
        var html = page.ToString();
        var article = NewsParser.ParseHtml(html);
        var visible = VisibleWords.OfPage(html);
        var missing = VisibleWords.Missing(visible, VisibleWords.OfArticle(article)).ToList();
        Assert.True(missing.Count == 0, $"lost: {string.Join(' ', missing.Select(m => $"{m.Word}×{m.Missing}"))}");
        var extra = VisibleWords.Extra(visible, VisibleWords.OfBlocks(article)).ToList();
        Assert.True(extra.Count == 0, $"given twice: {string.Join(' ', extra.Select(m => $"{m.Word}×{m.Extra}"))}");
    }

    /// <summary>
    /// A page the property above once generated (replay "(12585070394962471932,9203263651914483075,21)"): the FAQ's one
    /// question is read as the headline, and the FAQ's heading, with no question left after it, was lost.
    /// </summary>
    [Fact]
    public void The_heading_of_an_faq_left_with_no_question_is_kept()
    {
        const string html = """
            <b>Warning</b>: Cannot modify header information in <b>/var/www/index.php</b> on line <b>12</b><br><!doctype html><html><head><meta charset="utf-8"><title>परिषद मौसम किसान</title></head><body><article><div class="title">परिषद मौसम किसान</div><div class="text">बंदरगाह मंत्री जांच मौसम मौसम परिषद महापौर। बंदरगाह पुल किसान स्कूल मजदूर बंदरगाह मौसम त्योहार चुनाव बजट सड़क। संग्रहालय सुरंग संग्रहालय महापौर त्योहार सुरंग स्कूल त्योहार।</div><div class="subtitle"><b>पुल बंदरगाह</b></div><div class="text">नाव मजदूर बजट सड़क बजट मजदूर संग्रहालय मंत्री परिषद। संग्रहालय मजदूर महापौर बाजार जांच नदी बंदरगाह।</div><div class="text">किसान स्कूल मंत्री बाजार मंत्री किसान पुल। स्कूल मौसम पुल परिषद मंत्री नाव सुरंग।</div><h2>Frequently asked questions</h2><h3>किसान मंत्री मौसम गांव परिषद स्कूल?</h3><p>सुरंग सड़क गांव नदी नदी नदी चुनाव चुनाव स्कूल स्टेशन जांच संग्रहालय। किसान सुरंग स्कूल बाजार किसान बंदरगाह परिषद मौसम महापौर बजट स्टेशन महापौर। सुरंग पुल परिषद सड़क जांच त्योहार चुनाव गांव बजट पुल। बंदरगाह बंदरगाह नदी सड़क गांव गांव पुल सुरंग परिषद मौसम गांव स्टेशन।</p><figure class="embed"><blockquote class="post"><p>An embedded post from a witness who saw the ferry leave</p>&mdash; Witness (@witness) <a href="/status/1">5 November 2023</a></blockquote></figure><aside><h3>More stories</h3><ul><li><a href="/x">परिषद मौसम किसान</a></li><li><a href="/y">Another story about the weather</a></li></ul></aside><p>Subscribe to our newsletter</p></article><figure><img src="/a.jpg" alt=""><span class="credit">Photo: Agency</span></figure><div class="share">Share <a href="https://facebook.com/s">Facebook</a> <a href="https://x.com/s">X</a></div></body></html>
            """;
        var article = NewsParser.ParseHtml(html);
        Assert.Null(article.Faq);
        Assert.Contains(article.Boilerplate, b => b.Text == "Frequently asked questions");
        var missing = VisibleWords.Missing(VisibleWords.OfPage(html), VisibleWords.OfArticle(article)).ToList();
        Assert.True(missing.Count == 0, $"lost: {string.Join(' ', missing.Select(m => $"{m.Word}×{m.Missing}"))}");
    }

    /// <summary>The article in <paramref name="style"/>, the chosen furniture spread before, inside and after it.</summary>
    private static string Page(ArticleSpec spec, int[] furniture, HtmlStyle style)
    {
        var html = ToHtml(spec, style);
        string title = spec.Headline ?? "A title of another page";
        var pieces = furniture.Select(i => Furniture[i].Replace("{0}", System.Net.WebUtility.HtmlEncode(title))).ToList();
        int body = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        int articleEnd = html.LastIndexOf("</article>", StringComparison.Ordinal);
        var page = new StringBuilder();
        // the first piece goes before the page (as a server's warnings do), the others alternate after the article's
        // first paragraph and after the article
        int firstParagraph = html.IndexOf("</p>", body, StringComparison.Ordinal);
        int inside = firstParagraph < 0 || firstParagraph > articleEnd ? articleEnd : firstParagraph + "</p>".Length;
        var before = pieces.Take(1);
        var within = pieces.Skip(1).Where((_, k) => k % 2 == 0);
        var after = pieces.Skip(1).Where((_, k) => k % 2 == 1);
        page.Append(string.Concat(before));
        page.Append(html, 0, inside);
        page.Append(string.Concat(within));
        page.Append(html, inside, articleEnd + "</article>".Length - inside);
        page.Append(string.Concat(after));
        page.Append(html, articleEnd + "</article>".Length, html.Length - articleEnd - "</article>".Length);
        return page.ToString();
    }
}
