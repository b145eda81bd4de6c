using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Bylines that open with a label: read from the block of their own line, not the lines an outer element runs on
/// into; a user name in lower case after a label of several words ("Gespeichert von rasos") is a name, kept only when
/// no other byline follows; the byline's line gives the date when the page gives no other; a labelled link under the
/// text is a byline. Each has its counterpart: a lower-case word after a one-word label is no name, the account that
/// posted yields to the writer the text names, a date after an update label is no publication, and a teaser link in
/// an aside is no byline.
/// </summary>
public class LabelledBylineTests
{
    [Fact]
    public void A_labelled_byline_is_read_from_its_own_line_not_the_lines_after_it()
    {
        var body = "<article><header><h1>Noch verzweifelt auf Wohnungssuche in Freiburg</h1><div class=\"info-area\">"
            + "<p>Von <a href=\"/lisa-petrich\">Lisa Petrich</a></p><p><a href=\"/archiv/2023/10/18\">Mi, 18. Oktober 2023</a> um 12:50 Uhr</p>"
            + "<p><a href=\"/junges-leben\">Junges Leben</a></p></div></header>" + Paragraphs(4) + "</article>";
        var article = Parse(body, lang: "de");
        Assert.Equal("Lisa Petrich", article.Byline);
        Assert.Equal(["Lisa Petrich"], article.Authors);
    }

    [Fact]
    public void A_user_name_in_lower_case_after_a_label_of_several_words_is_the_author()
    {
        var body = "<div class=\"node\"><h1>FairCoin Hackathon beim Sommercamp</h1><div class=\"content\">" + Paragraphs(4) + "</div>"
            + "<div class=\"meta\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017 - 18:55</div></div>";
        var article = Parse(body, lang: "de");
        Assert.Equal("rasos", article.Byline);
        Assert.Equal("2017-07-24", article.Published?[..10]);
    }

    [Fact]
    public void A_date_after_an_update_label_in_the_bylines_line_is_no_publication()
    {
        var body = "<div class=\"node\"><h1>FairCoin Hackathon beim Sommercamp</h1><div class=\"content\">" + Paragraphs(4) + "</div>"
            + "<div class=\"meta\">Gespeichert von <span class=\"username\">rasos</span>, aktualisiert am 24. Juli 2017 - 18:55</div></div>";
        var article = Parse(body, lang: "de");
        Assert.Equal("rasos", article.Byline);
        // read as the page's last change; as the only date it shows, it is the publication too (StateDateTests)
        Assert.Equal("2017-07-24T18:55:00", article.Modified);
        Assert.Equal(article.Modified, article.Published);
    }

    [Fact]
    public void The_account_that_posted_yields_to_the_writer_the_text_names()
    {
        var body = "<article><header><h1>Vegetarier zu sein</h1><p class=\"meta\">Gespeichert von <span class=\"username\">human</span> am 7. Juli 2019 - 18:44</p></header>"
            + "<div class=\"content\"><p>Blog Beitrag von Margarita Koreneva</p>" + Paragraphs(4) + "</div></article>";
        Assert.Equal("Margarita Koreneva", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_lower_case_word_after_a_one_word_label_is_no_name()
    {
        var body = "<article><h1>Ein Sommer am See</h1><p class=\"meta\">Von hier</p>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_labelled_link_under_the_articles_text_is_its_byline()
    {
        var body = "<article><h1>Der Windrebell</h1><div class=\"text\">" + Paragraphs(4)
            + "<p><a href=\"mailto:warnke@example.org\">Von: Götz Warnke</a></p></div></article>";
        Assert.Equal("Götz Warnke", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_labelled_teaser_link_in_an_aside_after_the_article_is_no_byline()
    {
        var body = "<article><h1>Der Windrebell</h1><div class=\"text\">" + Paragraphs(4)
            + "<aside><p><a href=\"/andere-geschichte\">Von: Götz Warnke</a></p></aside></div></article>";
        Assert.Null(Parse(body, lang: "de").Byline);
    }
}
