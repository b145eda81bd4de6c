using System.Text;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// The &lt;article&gt; element that holds the article's text holds its footer too: a byline marked there is the
/// article's, even past a long list of related posts (Plone's "documentByLine" under the related items). Its
/// counterpart: an author written in a related post's teaser (a link, a list item) is that post's.
/// </summary>
public class ArticleFooterBylineTests
{
    private static string Page(string footer)
    {
        var related = new StringBuilder("<div class=\"row related\"><ul>");
        for (int i = 0; i < 12; i++)
        {
            related.Append("<li><span title=\"Article\"><a class=\"rel-item-link\" href=\"/news/teaser-").Append(i).Append("\"><span class=\"rel-image\"><img src=\"/img/").Append(i)
                .Append(".jpg\" alt=\"\"></span><h4 class=\"rel-headline\">VATIKAN: Eine andere Meldung Nummer ").Append(i).Append("</h4></a></span></li>");
        }
        related.Append("</ul></div>");
        return "<article><div class=\"row\"><div class=\"cell content-column\"><h1>Papst ruft Regenbogenfamilie an</h1>" + Paragraphs(5) + "</div><div class=\"cell\"></div></div>"
            + related + "<div class=\"row footer-row\">" + footer + "</div></article>";
    }

    [Fact]
    public void A_byline_marked_in_the_articles_footer_past_related_posts_is_the_articles()
    {
        var footer = "<div class=\"documentByLine\"><span class=\"documentAuthor\">erstellt von <a href=\"https://gay.example/author/dominique\">Dominique</a> —</span>"
            + "<span class=\"documentPublished\"><span>veröffentlicht</span> 28.01.2022 06:00</span></div>";
        Assert.Equal("Dominique", Parse(Page(footer), lang: "de").Byline);
    }

    [Fact]
    public void An_author_in_a_related_posts_teaser_is_not_the_articles()
    {
        var teaser = "<li><a href=\"/de/interesse-der-abstraktion\" class=\"mode-teaser article-teaser\"><div class=\"meta-data-wrapper\"><time datetime=\"2021-09-23\">23.09.2021</time>"
            + "<span class=\"author\"><span>Ralf Balke</span></span></div><h3>„Interesse an der Abstraktion“</h3><p>Diese Woche feiern Jüdinnen und Juden auf der ganzen Welt das Laubhüttenfest, und ein Kurator stellt sein Programm vor.</p></a></li>";
        Assert.Null(Parse(Page("<div class=\"teasers\"><ul>" + teaser + "</ul></div>"), lang: "de").Byline);
    }
}
