using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>Behaviour of the HTML layer on small pages made for one point each.</summary>
public class HtmlReaderTests
{
    private const string Sentence = "The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour. ";

    private static string Paragraphs(int count, string prefix = "")
    {
        var html = new StringBuilder();
        for (int i = 0; i < count; i++) html.Append("<p>").Append(prefix).Append(Sentence).Append(Sentence).Append("</p>\n");
        return html.ToString();
    }

    private static Article Html(string body, string head = "") =>
        NewsParser.Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget | Town Herald</title>{head}</head><body>{body}</body></html>");

    [Fact]
    public void Index_page_of_400_links_gives_no_invented_article()
    {
        var html = new StringBuilder("<nav><ul>");
        for (int i = 0; i < 400; i++) html.Append($"<li><a href=\"/story/{i}\">Story number {i} about the town council and its budget</a></li>");
        html.Append("</ul></nav>");
        var article = Html(html.ToString());
        Assert.Empty(article.AllBlocks());
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.NoArticleFound);
    }

    [Fact]
    public void Deep_nesting_neither_overflows_nor_loses_the_text()
    {
        const int depth = 200_000;
        var html = new StringBuilder("<html><body><article>").Append(Paragraphs(3));
        for (int i = 0; i < depth; i++) html.Append("<div>");
        html.Append("deep text at the bottom");
        for (int i = 0; i < depth; i++) html.Append("</div>");
        html.Append("</article></body></html>");
        var article = NewsParser.Parse(html.ToString());
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.NestingTooDeep);
        Assert.Contains("The council approved", ArticleText.ToText(article));
    }

    [Fact]
    public void Invalid_json_ld_is_a_diagnostic_not_an_exception()
    {
        var article = Html("<article>" + Paragraphs(4) + "</article>", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>");
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCode.InvalidStructuredData);
        Assert.Equal("Council approves budget", article.Headline);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("1900-01-01")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void A_placeholder_publication_date_gives_way_to_the_next_source_or_to_none(string placeholder)
    {
        // Some systems write their "no date" value (DateTime.MinValue, an epoch) into datePublished.
        var ld = $$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passes","datePublished":"{{placeholder}}"}</script>""";
        var body = "<article>" + Paragraphs(4) + "</article>";
        Assert.Null(Html(body, ld).Published);
        var meta = "<meta property=\"article:published_time\" content=\"2019-11-18T10:05:00Z\">";
        Assert.Equal("2019-11-18T10:05:00+00:00", Html(body, ld + meta).Published);
    }

    [Fact]
    public void A_web_page_object_gives_the_publication_date_only_on_the_day_the_article_shows()
    {
        const string page = """<script type="application/ld+json">{"@type":"MedicalWebPage","name":"Budget passes","datePublished":"2019-11-14T08:00:00.000Z"}</script>""";
        var body = "<article>" + Paragraphs(4) + "</article>";
        // the page's own date, shown nowhere, is not the article's
        Assert.Null(Html(body, page).Published);
        var dated = "<article><h1>Budget passes</h1><p class=\"date\">November 14, 2019</p>" + Paragraphs(4) + "</article>";
        Assert.Equal("2019-11-14T08:00:00+00:00", Html(dated, page).Published);
        var otherDay = "<article><h1>Budget passes</h1><p class=\"date\">November 12, 2019</p>" + Paragraphs(4) + "</article>";
        Assert.Equal("2019-11-12", Html(otherDay, page).Published);
        const string article = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passes","datePublished":"2019-11-15T09:30:00Z"}</script>""";
        Assert.Equal("2019-11-15T09:30:00+00:00", Html(body, page + article).Published);
        var meta = "<meta property=\"article:published_time\" content=\"2019-11-16T10:05:00Z\">";
        Assert.Equal("2019-11-16T10:05:00+00:00", Html(body, page + meta).Published);
    }

    [Fact]
    public void A_placeholder_date_in_a_text_byline_is_not_a_publication_date()
    {
        var article = NewsParser.Parse("Council approves budget\nBy Jane Doe | 1970-01-01\n\n" + Sentence + Sentence + "\n\n" + Sentence + Sentence);
        Assert.Null(article.Published);
        var dated = NewsParser.Parse("Council approves budget\nBy Jane Doe | 1971-01-01\n\n" + Sentence + Sentence + "\n\n" + Sentence + Sentence);
        Assert.Equal("1971-01-01", dated.Published);
    }

    // aeb-dev (spacenews): the byline element shows "by Jeff Foust Monday, November 18, 2019" and no metadata has a date.
    [Fact]
    public void A_date_in_the_visible_byline_is_the_publication_date()
    {
        var article = Html("<article><h1>Council approves budget</h1><h3 class=\"byline\">by Jeff Foust<br><span>Monday, November 18, 2019</span></h3>" + Paragraphs(4) + "</article>");
        Assert.Equal("2019-11-18", article.Published);
    }

    [Fact]
    public void A_date_named_element_before_the_article_text_is_the_publication_date()
    {
        var article = Html("<div class=\"press\"><h1>Council approves budget</h1><div class=\"press__date\"><div>October 12, 2017, 9:02 AM</div></div><div class=\"press__text\">" + Paragraphs(4) + "</div></div>");
        Assert.Equal("2017-10-12T09:02:00", article.Published);
    }

    // aeb-dev (politifact): "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m." in an "article__meta" element.
    [Fact]
    public void A_meta_element_gives_its_date_when_it_reads_as_a_byline_not_when_it_is_a_caption()
    {
        var byline = "<p class=\"article__meta\">By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p>";
        Assert.Equal("2019-11-18T11:08:00", Html("<article><h1>Council approves budget</h1>" + byline + Paragraphs(4) + "</article>").Published);
        var caption = "<div class=\"image-meta\">Teachers rally at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019, calling for higher pay.</div>";
        Assert.Null(Html("<article><h1>Council approves budget</h1>" + caption + Paragraphs(4) + "</article>").Published);
    }

    [Fact]
    public void A_date_in_a_body_paragraph_is_no_publication_date()
    {
        var body = "<article><h1>Council approves budget</h1><p>On November 18, 2019, the council met again to vote on the plan, which had been delayed twice.</p>" + Paragraphs(4)
            + "<p class=\"date\">November 19, 2019</p></article>";
        Assert.Null(Html(body).Published);
    }

    [Fact]
    public void A_copyright_footer_comments_and_related_articles_give_no_publication_date()
    {
        var body = "<article><h1>Council approves budget</h1>" + Paragraphs(4) + "</article>"
            + "<div class=\"comments\"><div class=\"comment\"><span class=\"date\">November 20, 2019</span><p>Great news for the town, finally.</p></div></div>"
            + "<div class=\"related-posts\"><div><span class=\"post-date\">November 2, 2019</span> <span>Harbour plan delayed again</span></div></div>"
            + "<footer><p class=\"copyright\">© 2019 Town Herald</p><time>November 21, 2019</time></footer>";
        Assert.Null(Html(body).Published);
    }

    [Fact]
    public void Todays_date_in_the_masthead_and_an_update_date_are_no_publication_date()
    {
        var masthead = "<header><div class=\"site-header__date\">Wednesday, November 20, 2019</div></header>";
        var updated = "<div class=\"byline\">By Jane Doe <span>Updated Nov 19, 2019, 10:28am EST</span></div>";
        // the update is the only date the article shows: it dates the article (both published and modified), today's date never
        var onlyUpdate = Html(masthead + "<article><h1>Council approves budget</h1>" + updated + Paragraphs(4) + "</article>");
        Assert.Equal("2019-11-19T10:28:00", onlyUpdate.Published);
        Assert.Equal(onlyUpdate.Published, onlyUpdate.Modified);
        var both = "<div class=\"byline\">By Jane Doe | Updated: Nov 19, 2019 | Published: Nov 18, 2019</div>";
        Assert.Equal("2019-11-18", Html(masthead + "<article><h1>Council approves budget</h1>" + both + Paragraphs(4) + "</article>").Published);
    }

    // aeb-dev (inexhibit): the byline shows only the day of the last change, which the page's WebPage JSON-LD gives as dateModified.
    [Fact]
    public void A_visible_date_on_the_day_of_the_last_change_is_no_publication_date()
    {
        var body = "<article><h1>Council approves budget</h1><p class=\"post-author\">By Jane Doe - 2019-04-10</p>" + Paragraphs(4) + "</article>";
        var modifiedOnly = """<script type="application/ld+json">{"@type":"WebPage","dateModified":"2019-04-10T10:13:14+02:00"}</script>""";
        Assert.Null(Html(body, modifiedOnly).Published);
        Assert.Equal("2019-04-10", Html(body).Published);
        // nor is the web page's own publication date, which the article does not show
        var page = """<script type="application/ld+json">{"@type":"WebPage","datePublished":"2018-04-18T14:39:09+02:00","dateModified":"2019-04-10T10:13:14+02:00"}</script>""";
        Assert.Null(Html(body, page).Published);
    }

    [Fact]
    public void Metadata_dates_win_over_the_visible_date()
    {
        var body = "<article><h1>Council approves budget</h1><div class=\"byline\">By Jane Doe, November 18, 2019</div>" + Paragraphs(4) + "</article>";
        Assert.Equal("2019-11-18", Html(body).Published);
        var meta = "<meta property=\"article:published_time\" content=\"2019-11-17T10:05:00Z\">";
        Assert.Equal("2019-11-17T10:05:00+00:00", Html(body, meta).Published);
        var withTime = "<article><h1>Council approves budget</h1><div class=\"byline\">By Jane Doe, <time datetime=\"2019-11-16\">November 18, 2019</time></div>" + Paragraphs(4) + "</article>";
        Assert.Equal("2019-11-16", Html(withTime).Published);
    }

    [Fact]
    public void Json_ld_in_a_graph_with_author_array_gives_the_metadata()
    {
        const string ld = """
            <script type="application/ld+json">[{"@context":"https://schema.org","@graph":[{"@type":"WebPage","mainEntity":
            {"@type":["ReportageNewsArticle"],"headline":"Budget passes after long debate","datePublished":"2024-03-05T18:20:00+01:00",
            "author":["Ann Lee",{"@type":"Person","name":"Bo Chen"}],"publisher":{"name":"Town Herald"}}}]}]</script>
            """;
        var article = Html("<article>" + Paragraphs(4) + "</article>", ld);
        Assert.Equal("Budget passes after long debate", article.Headline);
        Assert.Equal("Ann Lee, Bo Chen", article.Byline);
        Assert.Equal("2024-03-05T18:20:00+01:00", article.Published);
        Assert.Equal("Town Herald", article.SiteName);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Title_loses_its_site_suffix_and_the_headline_is_not_a_body_heading()
    {
        var article = Html("<article><h1>Council approves budget</h1>" + Paragraphs(4) + "<h2>What comes next</h2>" + Paragraphs(2) + "</article>");
        Assert.Equal("Council approves budget", article.Headline);
        Assert.DoesNotContain(article.AllSections(), s => s.Heading == "Council approves budget");
        Assert.Contains(article.AllSections(), s => s.Heading == "What comes next" && s.Level == 2);
    }

    [Fact]
    public void Hidden_content_is_not_body_text_but_collapsed_faq_answers_are()
    {
        var article = Html("<article>" + Paragraphs(4)
            + "<p hidden>Hidden promo text that readers never see on the page at all.</p>"
            + "<div style=\"display: none\">Another invisible block of text that must stay out of the body.</div>"
            + "<h2>Frequently asked questions</h2><div class=\"faq\"><h3>When does the budget apply?</h3>"
            + "<div class=\"faq-answer\" style=\"display:none\"><p>From the first of April.</p></div></div></article>");
        var text = ArticleText.ToText(article);
        Assert.DoesNotContain("Hidden promo", text);
        Assert.DoesNotContain("invisible", text);
        Assert.NotNull(article.Faq);
        Assert.Equal("From the first of April.", Assert.Single(article.Faq!.Items).Answer);
    }

    [Fact]
    public void Lists_tables_quotes_and_figures_are_content_blocks()
    {
        var article = Html("<article>" + Paragraphs(3)
            + "<ul><li>Schools: 4 million</li><li>Roads: 2 million</li></ul>"
            + "<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Schools</td><td>4m</td></tr></table>"
            + "<blockquote><p>We did what the town needed.</p></blockquote>"
            + "<figure><img src=\"/a.jpg\"><figcaption>The council chamber on Tuesday.</figcaption></figure>"
            + Paragraphs(2) + "</article>");
        var blocks = article.AllBlocks().ToList();
        Assert.Equal(["Schools: 4 million", "Roads: 2 million"], Assert.Single(blocks.OfType<ListBlock>()).Items);
        Assert.Equal(2, Assert.Single(blocks.OfType<TableBlock>()).Rows.Count);
        Assert.Equal("We did what the town needed.", Assert.Single(blocks.OfType<QuoteBlock>()).Text);
        Assert.Equal("The council chamber on Tuesday.", Assert.Single(blocks.OfType<FigureBlock>()).Caption);
    }

    [Fact]
    public void Ad_slot_and_share_bar_inside_the_body_are_listed_where_they_occur()
    {
        var article = Html("<article class=\"entry-content\">" + Paragraphs(3)
            + "<div class=\"ad-slot\"><span>Advertisement</span></div>" + Paragraphs(2)
            + "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div></article>");
        var kinds = article.Boilerplate.Select(b => b.Kind).ToList();
        Assert.Equal([BoilerplateKind.Advertisement, BoilerplateKind.ShareBar], kinds.Where(k => k is BoilerplateKind.Advertisement or BoilerplateKind.ShareBar));
        Assert.All(article.Boilerplate, b => Assert.False(string.IsNullOrEmpty(b.Reason)));
        Assert.DoesNotContain("Advertisement", ArticleText.ToText(article));
    }

    // Regression (cnbc.com): a wrapper whose class contains an "unlikely" word ("PageBuilder-pageRow" holds "pager")
    // hid the whole article; as readability does, the page is read again without that filter.
    [Fact]
    public void Unlikely_word_in_a_wrapper_class_does_not_hide_the_article()
    {
        var article = Html("<div class=\"PageBuilder-pageRow\"><div class=\"group\">" + Paragraphs(5) + "</div></div>");
        Assert.Contains("The council approved", ArticleText.ToText(article));
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCode.NoArticleFound);
    }

    // Regression (jpost.com): article text written straight into a container, split by empty divs, was not scored.
    [Fact]
    public void Text_written_straight_into_a_container_is_read()
    {
        var article = Html("<div class=\"left-side\"><div class=\"row\"><div class=\"inner\">" + Sentence + Sentence
            + "<div class=\"fake-br\"></div>" + Sentence + "<br></div></div></div>"
            + "<div class=\"more\"><a href=\"/1\">Other story one</a> <a href=\"/2\">Other story two</a></div>");
        Assert.Contains("The council approved", ArticleText.ToText(article));
    }

    // Regression (chron.com, express.co.uk): photo captions and credits outside <figure> leaked into the body.
    [Fact]
    public void Caption_and_credit_elements_are_boilerplate()
    {
        var article = Html("<article>" + Paragraphs(3) + "<div class=\"photo-caption\">The mayor speaks to reporters.</div>"
            + "<span class=\"credit\">Photo: Jane Roe, AP</span>" + Paragraphs(2) + "</article>");
        var text = ArticleText.ToText(article);
        Assert.DoesNotContain("mayor speaks", text);
        Assert.DoesNotContain("Jane Roe", text);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Caption);
    }

    // Regression (nj.com): embedded tweets sat in "social-media-embed" boxes and were dropped as social prompts.
    [Fact]
    public void Embedded_tweet_is_kept_as_quoted_content()
    {
        var article = Html("<article>" + Paragraphs(3) + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
            + "<p>Yes this is real and the state spent half a million on it.</p>— A Reader (@reader) November 18, 2019</blockquote></div>"
            + Paragraphs(2) + "</article>");
        Assert.Contains("Yes this is real", ArticleText.ToText(article));
    }

    // Regression (express.co.uk): "By ..." and "PUBLISHED: ..." lines above the text were read as body paragraphs.
    [Fact]
    public void Byline_and_date_lines_above_the_text_are_boilerplate()
    {
        var article = Html("<article><div class=\"body\"><p>By Laura Mowat</p><p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p>" + Paragraphs(4) + "</div></article>");
        var text = ArticleText.ToText(article);
        Assert.DoesNotContain("Laura Mowat", text);
        Assert.DoesNotContain("PUBLISHED", text);
        Assert.StartsWith("The council approved", text);
    }

    // Regression (phys.org, chron.com): slideshow captions and controls leaked into the body.
    [Fact]
    public void Photo_gallery_is_boilerplate()
    {
        var article = Html("<article>" + Paragraphs(3) + "<div class=\"article-gallery\"><div><p>A reference habitation module. Credit: ESA</p>"
            + "<p>Back to Gallery</p></div></div>" + Paragraphs(2) + "</article>");
        var text = ArticleText.ToText(article);
        Assert.DoesNotContain("habitation module", text);
        Assert.DoesNotContain("Back to Gallery", text);
    }

    // Regression (express.co.uk): a "DON'T MISS" / "SEE MORE:" paragraph of several links was too long to count as related links.
    [Fact]
    public void Related_prefix_with_several_links_is_related_links()
    {
        var article = Html("<article>" + Paragraphs(3)
            + "<p><strong>DON'T MISS</strong> <a href=\"/1\">Plague warning: CDC names eight deadly diseases that could spread next year [WARNING]</a> "
            + "<a href=\"/2\">Holidaymakers die after eating marmot meat on a trip to the mountains [REVEAL]</a> "
            + "<a href=\"/3\">Black Death fears grow as two more cases are confirmed in the capital [INSIGHT]</a></p>"
            + "<p><strong>SEE MORE</strong>: <a href=\"/4\">Students under siege in university</a></p>" + Paragraphs(2) + "</article>");
        var text = ArticleText.ToText(article);
        Assert.DoesNotContain("marmot", text);
        Assert.DoesNotContain("under siege", text);
        Assert.Equal(2, article.Boilerplate.Count(b => b.Kind == BoilerplateKind.RelatedLink));
    }

    [Fact]
    public void Windows_1251_page_declared_by_meta_decodes()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Бюджет принят</title></head><body><article><h1>Бюджет принят</h1>"
            + string.Concat(Enumerable.Repeat("<p>Городской совет во вторник утвердил новый бюджет, после долгих споров о школах, дорогах и порте.</p>", 4))
            + "</article></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(html);
        var article = NewsParser.Parse(bytes);
        Assert.Equal("Бюджет принят", article.Headline);
        Assert.Contains("Городской совет во вторник", ArticleText.ToText(article));
    }

    [Fact]
    public void Shift_jis_page_declared_by_http_equiv_decodes()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><title>予算が可決</title></head><body><article><h1>予算が可決</h1>"
            + string.Concat(Enumerable.Repeat("<p>市議会は火曜日、学校や道路、港についての長い議論の末に、新しい予算を承認しました。市長は記者会見で、予算は町に必要なものだと述べました。</p>", 4))
            + "</article></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!.GetBytes(html);
        var article = NewsParser.Parse(bytes);
        Assert.Equal("予算が可決", article.Headline);
        Assert.Contains("市議会は火曜日", ArticleText.ToText(article));
    }
}
