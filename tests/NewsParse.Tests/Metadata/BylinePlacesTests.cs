using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// Bylines in places the markup does not name as a byline: the article's credits (a class naming "credit", marked as
/// a caption as a photo's credit is), a label written alone in an inline element at the start of a paragraph's last
/// line, a labelled line in the chosen content above the headline's header, and a conversation's two people. Each has
/// its counterpart: a photo's credit beside its image or opening with a photo label, and a caption cut by a
/// separator, name no author.
/// </summary>
public class BylinePlacesTests
{
    [Fact]
    public void The_credits_under_the_headline_name_the_author()
    {
        var body = "<article><header><h3 class=\"categories\"><a href=\"/national\">National</a></h3><h1>Losing face: masks stolen from hospital</h1>"
            + "<p class=\"credit\">JIJI</p></header>" + Paragraphs(4) + "</article>";
        Assert.Equal("JIJI", Parse(body).Byline);
    }

    [Fact]
    public void A_photo_credit_beside_its_image_names_no_author()
    {
        var body = "<article><header><h1>Losing face: masks stolen from hospital</h1><div class=\"lead\"><img src=\"/a.jpg\" alt=\"\">"
            + "<p class=\"credit\">Jane Roe</p></div></header>" + Paragraphs(4) + "</article>";
        Assert.Null(Parse(body).Byline);
    }

    [Fact]
    public void Credits_that_open_with_a_photo_label_or_hold_a_caption_name_no_author()
    {
        var photo = "<article><header><h1>Industriestrompreis: kein Ende der Debatte</h1><div class=\"mainpic-text credits\">Foto: Kay Nietfeld</div></header>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(photo, lang: "de").Byline);
        var caption = "<article><header><h1>Meadows will not seek reelection</h1><p class=\"story-meta__credit\">Rep. Mark Meadows. | Alex Wong/Getty Images</p></header>"
            + Paragraphs(4) + "</article>";
        Assert.Null(Parse(caption).Byline);
    }

    [Fact]
    public void A_labelled_line_in_the_credits_under_the_text_names_the_author()
    {
        var body = "<article><h1>Zaubernuss im Garten pflanzen</h1><div class=\"content\">" + Paragraphs(4) + "</div>"
            + "<section class=\"c-article__credits\"><div class=\"c-article__credits-item\">Text: <span class=\"c-article-card__author\">Ursula Eggers</span></div></section></article>";
        Assert.Equal("Ursula Eggers", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_label_alone_in_an_inline_element_names_who_follows_it_on_its_line()
    {
        var body = "<article><h1>Die Hauber-Story, Teil 48</h1><div class=\"content\">" + Paragraphs(4)
            + "<p>Während der folgenden Kriegsjahre wurden keine weiteren Fahrzeuge gebaut, soweit bekannt ist.<br> (wird fortgesetzt)<br><strong>Text:</strong> Klausmartin Friedrich</p>"
            + "</div></article>";
        Assert.Equal("Klausmartin Friedrich", Parse(body, lang: "de").Byline);
    }

    [Fact]
    public void A_labelled_line_of_the_chosen_content_above_the_headline_names_the_author()
    {
        var body = "<div class=\"longText\">" + Paragraphs(3) + "<p>Auteur : Kossivi Tiassou</p></div>"
            + "<div class=\"more\"><h1>La perte des terres fertiles et les éléphants</h1><p>Une courte note.</p></div>";
        Assert.Equal("Kossivi Tiassou", Parse(body, lang: "fr").Byline);
    }

    [Fact]
    public void A_conversation_names_both_people()
    {
        var body = "<article><div class=\"articlehead\"><h1>\"Wir dekorieren auf der Titanic die Liegestühle um\"</h1>"
            + "<p class=\"author\">Richard David Precht im Gespräch mit Karin Fischer</p></div>" + Paragraphs(4) + "</article>";
        var article = Parse(body, lang: "de");
        Assert.Equal(["Richard David Precht", "Karin Fischer"], article.Authors);
    }
}
