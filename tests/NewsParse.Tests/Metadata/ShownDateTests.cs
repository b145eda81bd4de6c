using System.Text;
using NewsParse.Model;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The publication date a page shows as text, on small pages made for one rule each: a meta line cut by separators, an
/// inline date that is a line of its own, a date in the article's own box above its headline, the date Blogger writes
/// above a day's posts, the one date a theme names "updated", a &lt;time&gt; of a related post, and a date line set in
/// an inline element of the headline. Each has its
/// counterpart that must give no date (or another one).
/// </summary>
public class ShownDateTests
{
    [Fact]
    public void A_date_in_a_meta_line_cut_by_separators_is_read()
    {
        var body = "<div class=\"blog_post\"><h2 class=\"blog_post_title\">Mercurial's Journey to Python 3</h2>"
            + "<small>January 13, 2020 at 08:45 AM | categories: <a href=\"/c/python\">Python</a>, <a href=\"/c/hg\">Mercurial</a> | <a href=\"#c\">View Comments</a></small>"
            + Paragraphs(4) + "</div>";
        Assert.Equal("2020-01-13", Parse(body).Published?[..10]);
    }

    [Fact]
    public void A_sentence_that_names_a_day_under_the_headline_is_no_date_line()
    {
        var body = "<div class=\"blog_post\"><h2 class=\"blog_post_title\">Mercurial's Journey to Python 3</h2>"
            + "<small>We released it on January 13, 2020 after many months of careful work by the whole team of volunteers</small>"
            + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body).Published);
    }

    [Fact]
    public void An_inline_date_that_is_its_blocks_only_line_is_read()
    {
        var body = "<div class=\"main\"><div class=\"gallery\"><span class=\"metadata\">Bonn, 11.10.2021</span><h1>Frauen im THW: Vergangenheit und Zukunft</h1>"
            + "<div class=\"abstract\">" + Paragraphs(4) + "</div></div></div>";
        Assert.Equal("2021-10-11", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void An_inline_date_inside_a_sentence_of_the_block_is_not_read()
    {
        var body = "<div class=\"main\"><div class=\"gallery\">Die Ausstellung war bis zum <span>11.10.2021</span> in Bonn zu sehen, danach in Köln.<h1>Frauen im THW: Vergangenheit und Zukunft</h1>"
            + "<div class=\"abstract\">" + Paragraphs(4) + "</div></div></div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_in_the_articles_own_box_above_its_headline_is_read()
    {
        var body = "<div class=\"box\"><div class=\"boxHeader\"><span>14. Februar 2012</span><ul><li><a href=\"/print\">Drucken</a></li></ul></div>"
            + "<span class=\"category\">Politik</span><h1>Verfassungsgericht: Der Prozess geht weiter</h1>" + Paragraphs(4) + "</div>";
        Assert.Equal("2012-02-14", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_above_a_paragraph_before_the_headline_is_not_read()
    {
        var body = "<div class=\"box\"><div class=\"boxHeader\"><span>14. Februar 2012</span></div>" + Paragraphs(1)
            + "<h1>Verfassungsgericht: Der Prozess geht weiter</h1>" + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void The_date_blogger_writes_above_the_days_posts_is_read()
    {
        var body = "<div class=\"blog-posts\"><div class=\"date-outer\"><h2 class=\"date-header\"><span>Dienstag, 28. April 2020</span></h2>"
            + "<div class=\"date-posts\"><div class=\"post-outer\"><div class=\"post\"><h3 class=\"post-title\">Tach auch!</h3>"
            + "<div class=\"post-body\">" + Paragraphs(4) + "</div></div></div></div></div></div>";
        var article = Parse(body, lang: "de");
        Assert.Equal("2020-04-28", article.Published);
        Assert.NotEqual("Dienstag, 28. April 2020", article.Headline);
    }

    [Fact]
    public void The_date_blogger_writes_above_the_posts_title_is_read_when_the_title_is_told()
    {
        var body = "<div class=\"blog-posts\"><div class=\"date-outer\"><h2 class=\"date-header\"><span>Dienstag, 28. April 2020</span></h2>"
            + "<div class=\"date-posts\"><div class=\"post-outer\"><div class=\"post\"><h3 class=\"post-title\">Tach auch!</h3><div class=\"post-header\"></div>"
            + "<div class=\"post-body\">" + Paragraphs(4) + "</div></div></div></div></div></div>";
        var article = Parse(body, "<title>Gumpfen: Tach auch!</title><meta property=\"og:title\" content=\"Tach auch!\">", "de");
        Assert.Equal("Tach auch!", article.Headline);
        Assert.Equal("2020-04-28", article.Published);
    }

    [Fact]
    public void A_date_in_the_pages_header_right_above_the_post_is_todays()
    {
        var body = "<div class=\"page\"><header class=\"top\"><div class=\"today\">Dienstag, 28. April 2020</div></header>"
            + "<div class=\"post\"><h3 class=\"post-title\">Tach auch!</h3><div class=\"post-body\">" + Paragraphs(4) + "</div></div></div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void The_one_date_a_theme_names_updated_is_the_publication()
    {
        var body = "<article class=\"post hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">Plejaden, M45</h1>"
            + "<p class=\"entry-meta\"><span class=\"entry-meta-date updated\"><a href=\"/2019/09/\">September 17, 2019</a></span></p></header>"
            + "<div class=\"entry-content\">" + Paragraphs(4) + "</div></article>";
        Assert.Equal("2019-09-17", Parse(body).Published);
    }

    [Fact]
    public void An_updated_date_beside_a_published_one_is_not_the_publication()
    {
        var body = "<article class=\"post hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">Plejaden, M45</h1>"
            + "<p class=\"entry-meta\"><span class=\"entry-meta-date updated\">September 17, 2019</span> <span class=\"entry-date published\">September 2, 2019</span></p></header>"
            + "<div class=\"entry-content\">" + Paragraphs(4) + "</div></article>";
        Assert.Equal("2019-09-02", Parse(body).Published);
    }

    [Fact]
    public void A_time_of_a_related_post_is_not_the_articles_date()
    {
        var body = "<article><h1>Professionell entlöten</h1>" + Paragraphs(4) + "</article>"
            + "<ul class=\"related-posts\"><li class=\"related\"><h4><a href=\"/2009/04/11/x/\">Entwickler Workstations</a></h4>"
            + "<p class=\"post-date\"><time class=\"published\" datetime=\"2009-04-11 18:06:36\">11. April 2009</time></p></li></ul>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_time_in_the_posts_own_footer_is_the_articles_date()
    {
        var body = "<article><h1>Professionell entlöten</h1>" + Paragraphs(4)
            + "<footer class=\"entry-footer\"><time datetime=\"2019-10-22T10:00:00+02:00\">22. Oktober 2019</time></footer></article>";
        Assert.Equal("2019-10-22", Parse(body, lang: "de").Published?[..10]);
    }

    [Fact]
    public void A_bare_date_meta_tag_yields_to_the_day_the_head_shows()
    {
        var body = "<article><h1>Mietenstreik in Berlin</h1><p class=\"dateline\">29.04.2020</p>" + Paragraphs(4) + "</article>";
        Assert.Equal("2020-04-29", Parse(body, "<meta name=\"date\" content=\"2020-04-30\">", "de").Published?[..10]);
    }

    [Fact]
    public void A_published_time_meta_tag_stands_against_another_day_shown()
    {
        var body = "<article><h1>Mietenstreik in Berlin</h1><p class=\"dateline\">29.04.2020</p>" + Paragraphs(4) + "</article>";
        Assert.Equal("2020-04-30", Parse(body, "<meta property=\"article:published_time\" content=\"2020-04-30\">", "de").Published?[..10]);
    }

    [Fact]
    public void A_two_digit_year_in_the_marked_byline_is_read()
    {
        var body = "<div class=\"article\"><h1 class=\"page-title\">Frei erfunden: Grab-Bote fliegt nach Singapur</h1>"
            + "<div class=\"article-meta-wrapper\">\n    Von:  Björn Jahner          <span>|</span>\n        <span>31.10.23</span>\n  </div>" + Paragraphs(4) + "</div>";
        Assert.Equal("2023-10-31", Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_two_digit_year_in_an_unmarked_line_is_not_read()
    {
        var body = "<div class=\"article\"><h1 class=\"page-title\">Frei erfunden: Grab-Bote fliegt nach Singapur</h1>"
            + "<div class=\"intro\">Version 31.10.23</div>" + Paragraphs(4) + "</div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }

    [Fact]
    public void A_date_line_set_in_the_headline_in_an_inline_element_is_read()
    {
        var body = "<div class=\"news-single\"><div class=\"article\"><h1>Zuschauerrückkehr bei den Proficlubs der Region<br><small>02.02.2022 • "
            + "<span class=\"news-list-category\">Verband, Presse</span></small></h1><hr><div class=\"text\">" + Paragraphs(4) + "</div></div></div>";
        var article = Parse(body, "<meta property=\"og:title\" content=\"Zuschauerrückkehr bei den Proficlubs der Region\">", "de");
        Assert.Equal("Zuschauerrückkehr bei den Proficlubs der Region", article.Headline);
        Assert.Equal("2022-02-02", article.Published);
    }

    [Fact]
    public void A_headline_whose_sentence_names_a_day_gives_no_date()
    {
        var body = "<div class=\"article\"><h1>Die Wahl vom 3. Mai 2020 wird in allen Bezirken der Region wiederholt</h1><div class=\"text\">" + Paragraphs(4) + "</div></div>";
        Assert.Null(Parse(body, lang: "de").Published);
    }
}
