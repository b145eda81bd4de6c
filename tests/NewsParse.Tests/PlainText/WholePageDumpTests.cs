using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>
/// A whole web page copied as text (menus, the article, related links, footer): the headline is the title-like line
/// right before the article's first paragraph of prose, never a line of the page's chrome; the byline and date are
/// read under that headline. Synthetic dumps, not copies of corpus pages.
/// </summary>
public sealed class WholePageDumpTests
{
    private const string Lede =
        "The city council of Riverton voted on Tuesday to rebuild the old harbour bridge, which has been closed to traffic since the storm of last winter damaged two of its pillars.";

    private const string Second =
        "Engineers told the council that repairs would cost less than a new bridge, but that the harbour would have to close for six months while the pillars are replaced.";

    private static string Menus(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void Under_menus_the_title_before_the_first_paragraph_is_the_headline_with_its_byline_and_date()
    {
        var dump = Menus("Skip to content", "Home", "News", "Sport", "Weather", "Login", "Search")
            + "Riverton council votes to rebuild the harbour bridge\nBy Jane Whitfield\nMarch 4, 2025\n" + Lede + "\n" + Second + "\n";
        var article = NewsParser.ParseText(dump);
        Assert.Equal("Riverton council votes to rebuild the harbour bridge", article.Headline);
        Assert.Equal("Jane Whitfield", article.Byline);
        Assert.Equal("2025-03-04", article.Published?[..10]);
    }

    [Fact]
    public void A_skip_link_on_top_of_menus_is_not_the_headline()
    {
        // The old rule took the line that opens the input: "Zum Inhalt springen".
        var dump = Menus("Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Kultur", "Menü")
            + "Stadtrat beschließt den Neubau der Hafenbrücke\n"
            + "Der Stadtrat von Riverstadt hat am Dienstag beschlossen, die alte Hafenbrücke neu zu bauen, die seit dem Sturm im letzten Winter für den Verkehr gesperrt ist.\n"
            + "Die Ingenieure sagten dem Rat, eine Reparatur der Hafenbrücke sei günstiger als ein Neubau, dauere aber sechs Monate.\n";
        var article = NewsParser.ParseText(dump);
        Assert.Equal("Stadtrat beschließt den Neubau der Hafenbrücke", article.Headline);
    }

    [Fact]
    public void A_menu_run_with_no_title_of_the_article_gives_no_headline()
    {
        // Null is better than wrong: no line before the first paragraph shares its words or has a byline under it.
        var dump = Menus("Accueil", "Connexion", "Rechercher", "Menu", "Économie", "Culture")
            + "Le conseil municipal de Riverville a voté mardi la reconstruction du vieux pont du port, fermé à la circulation depuis la tempête de l’hiver dernier.\n"
            + "Les ingénieurs ont indiqué que les travaux dureraient six mois.\n";
        Assert.Null(NewsParser.ParseText(dump).Headline);
    }

    [Fact]
    public void A_dump_that_opens_with_the_article_keeps_its_title_and_byline()
    {
        var article = NewsParser.ParseText("Riverton council votes to rebuild the harbour bridge\nBy Jane Whitfield | March 4, 2025\n" + Lede + "\n" + Second + "\n");
        Assert.Equal("Riverton council votes to rebuild the harbour bridge", article.Headline);
        Assert.Equal("Jane Whitfield", article.Byline);
    }

    [Fact]
    public void A_dump_that_opens_with_running_text_has_no_headline()
    {
        var article = NewsParser.ParseText(Lede + "\nThe harbour bridge\n" + Second + "\n");
        Assert.Null(article.Headline);
        Assert.Contains(article.Sections, s => s.Heading == "The harbour bridge");
    }

    [Fact]
    public void A_subtitle_under_the_title_is_not_taken_for_it()
    {
        // Of two titles one over the other, the one that shares more words with the first paragraph; the share bar between
        // title and paragraph is boilerplate and does not count.
        var dump = Menus("Inicio", "Noticias", "Deportes", "Buscar")
            + "Riverton reconstruirá el puente del puerto\nEl ayuntamiento vota por unanimidad\nCompartir: Facebook | X | WhatsApp\n"
            + "El ayuntamiento de Riverton votó el martes reconstruir el viejo puente del puerto, cerrado al tráfico desde la tormenta del invierno pasado que dañó dos de sus pilares.\n"
            + "Los ingenieros dijeron que la obra duraría seis meses.\n";
        Assert.Equal("Riverton reconstruirá el puente del puerto", NewsParser.ParseText(dump).Headline);
    }

    [Fact]
    public void The_lines_before_the_headline_are_still_laid_out()
    {
        // Nothing is lost: the held menu lines come out, in order, as they would have.
        var dump = Menus("Skip to content", "Home", "News") + "Riverton council votes to rebuild the harbour bridge\n" + Lede + "\n";
        var article = NewsParser.ParseText(dump);
        var all = string.Join("\n", article.AllBlocks().Select(b => b.Text).Concat(article.Sections.Select(s => s.Heading ?? "")).Concat(article.Boilerplate.Select(b => b.Text)));
        foreach (var line in new[] { "Skip to content", "Home", "News", Lede }) Assert.Contains(line, all);
    }
}
