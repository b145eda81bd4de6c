using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Globalization;

/// <summary>
/// A byline line under the headline that carries a date and a clock time, in the seven languages whose dates are read:
/// the byline is the author part alone — no clock word ("Uhr", "uur", "h"), time zone ("ET", "IST", "(UTC+6)"), label
/// ("Updated:", "Mis à jour le"), weekday or separator left over — and the date is read with its time. A name that
/// looks like a time word stays.
/// </summary>
public class BylineDateTimeTests
{
    private static Article ParseWithByline(string byline) => new ArticleParser().Parse(
        "Stadtrat beschließt neue Brücke über den Fluss\n"
        + byline + "\n\n"
        + "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke beschlossen. Die Arbeiten beginnen im Frühjahr.\n\n"
        + "Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro. Der Bund übernimmt einen Teil davon.\n");

    [Theory]
    // German
    [InlineData("Von Anna Schmidt, 9. März 2025, 14:05 Uhr", "Anna Schmidt", "2025-03-09T14:05:00")]
    [InlineData("Von Anna Schmidt, 9. März 2025, 14.05 Uhr", "Anna Schmidt", "2025-03-09T14:05:00")]
    [InlineData("Von Anna Schmidt, 9. März 2025 um 14:05 Uhr", "Anna Schmidt", "2025-03-09T14:05:00")]
    [InlineData("Von Anna Schmidt | Aktualisiert am 9. März 2025, 14:05 Uhr", "Anna Schmidt", "2025-03-09T14:05:00")]
    [InlineData("Von Anna Schmidt, Sonntag, 9. März 2025, 14:05 Uhr", "Anna Schmidt", "2025-03-09T14:05:00")]
    [InlineData("Von Anna Schmidt am 09.03.2025 um 14:05 Uhr", "Anna Schmidt", "2025-03-09T14:05:00")]
    [InlineData("Von Anna Schmidt, 09.03.2025, 14 Uhr", "Anna Schmidt", "2025-03-09")]
    [InlineData("Anna Schmidt | Stand: 09.03.2025, 14:05 Uhr MEZ", "Anna Schmidt", "2025-03-09T14:05:00")]
    // French
    [InlineData("Par Jean Dupont, le 9 mai 2025 à 14h05", "Jean Dupont", "2025-05-09T14:05:00")]
    [InlineData("Par Jean Dupont | Publié le 9 mai 2025 à 14h05", "Jean Dupont", "2025-05-09T14:05:00")]
    [InlineData("Par Jean Dupont — Mis à jour le 9 mai 2025 à 14h05", "Jean Dupont", "2025-05-09T14:05:00")]
    [InlineData("Par Jean Dupont, publié le 9 mai 2025 à 14h05, mis à jour le 10 mai 2025 à 08h30", "Jean Dupont", "2025-05-09T14:05:00")]
    [InlineData("Par Jean Dupont · 9 mai 2025 à 14h", "Jean Dupont", "2025-05-09T14:00:00")]
    // Spanish
    [InlineData("Por Lucía Fernández | 9 de mayo de 2025 a las 14:05", "Lucía Fernández", "2025-05-09T14:05:00")]
    [InlineData("Por Lucía Fernández, Actualizado 9 may 2025 - 14:05 CEST", "Lucía Fernández", "2025-05-09T14:05:00")]
    [InlineData("Por Lucía Fernández, 9 de mayo de 2025, 14:05 h", "Lucía Fernández", "2025-05-09T14:05:00")]
    // Portuguese
    [InlineData("Por João Silva, 9 de maio de 2025 às 14h05", "João Silva", "2025-05-09T14:05:00")]
    [InlineData("Por João Silva | Atualizado em 9 de maio de 2025, 14h05", "João Silva", "2025-05-09T14:05:00")]
    // Italian
    [InlineData("di Marco Rossi, 9 maggio 2025 ore 14:05", "Marco Rossi", "2025-05-09T14:05:00")]
    [InlineData("di Marco Rossi | Pubblicato il 9 maggio 2025 alle 14:05", "Marco Rossi", "2025-05-09T14:05:00")]
    // Dutch
    [InlineData("Door Jan de Vries, 9 mei 2025 om 14:05 uur", "Jan de Vries", "2025-05-09T14:05:00")]
    [InlineData("Door Jan de Vries | Gepubliceerd op 9 mei 2025, 14.05 uur", "Jan de Vries", "2025-05-09T14:05:00")]
    // English
    [InlineData("By Jane Doe | May 9, 2025 11:42 AM ET", "Jane Doe", "2025-05-09T11:42:00")]
    [InlineData("By Jane Doe, May 9, 2025, 11:42 a.m. EDT.", "Jane Doe", "2025-05-09T11:42:00")]
    [InlineData("By Jane Doe | Updated: May 9, 2025 11:42 IST", "Jane Doe", "2025-05-09T11:42:00")]
    [InlineData("By Jane Doe | Published May 9, 2025 11:42 (UTC+6)", "Jane Doe", "2025-05-09T11:42:00+06:00")]
    [InlineData("By Jane Doe | May 9, 2025 11:42 GMT", "Jane Doe", "2025-05-09T11:42:00+00:00")]
    [InlineData("By Jane Doe on May 9, 2025 at 11:42 am", "Jane Doe", "2025-05-09T11:42:00")]
    [InlineData("By Jane Doe | Updated 11:42 AM EDT, Fri May 9, 2025", "Jane Doe", "2025-05-09")]
    [InlineData("Jane Doe · Friday, May 9, 2025 ·", "Jane Doe", "2025-05-09")]
    [InlineData("By Tom Hughes | Nov 19, 2019 7:04 AM", "Tom Hughes", "2019-11-19T07:04:00")]
    public void The_byline_is_the_author_alone_and_the_date_keeps_its_time(string line, string byline, string published)
    {
        var article = ParseWithByline(line);
        Assert.Equal(byline, article.Byline);
        Assert.Equal(published, article.Published);
    }

    [Theory]
    [InlineData("Von Paul Uhrmacher, 9. März 2025, 14:05 Uhr", "Paul Uhrmacher", "2025-03-09T14:05:00")]   // a surname that starts like a clock word
    [InlineData("Von Peter Uhr, 9. März 2025", "Peter Uhr", "2025-03-09")]                             // "Uhr" not after a clock time
    [InlineData("Von Lena Am, 9. März 2025, 14:05 Uhr", "Lena Am", "2025-03-09T14:05:00")]               // "Am" not right before the date
    [InlineData("di Luca Ore, 9 maggio 2025 ore 14:05", "Luca Ore", "2025-05-09T14:05:00")]              // "Ore" not right before a clock time
    [InlineData("di Luca Ore 14:05, 9 maggio 2025", "Luca Ore", "2025-05-09")]                          // capitalised right after a name: part of it
    [InlineData("Par Marie Le Goff le 9 mai 2025 à 14h05", "Marie Le Goff", "2025-05-09T14:05:00")]      // "Le" inside the name, "le" before the date
    [InlineData("By Joe Friday, May 12, 2025", "Joe Friday", "2025-05-12")]                             // May 12, 2025 is a Monday
    [InlineData("Von Anna So, 9. März 2025", "Anna So", "2025-03-09")]                                  // a Sunday, but "So" is written as part of the name
    [InlineData("By Jane Doe, AP | May 9, 2025 11:42", "Jane Doe, AP", "2025-05-09T11:42:00")]           // an agency before the date is no time zone
    [InlineData("Por María López, Sevilla | 3 de junio de 2025 09:15", "María López, Sevilla", "2025-06-03T09:15:00")]
    public void A_name_that_looks_like_a_time_word_stays(string line, string byline, string published)
    {
        var article = ParseWithByline(line);
        Assert.Equal(byline, article.Byline);
        Assert.Equal(published, article.Published);
    }

    [Theory]
    [InlineData("Von | 9. März 2025, 14:05 Uhr", "2025-03-09T14:05:00")]
    [InlineData("Aktualisiert am 9. März 2025, 14:05 Uhr", "2025-03-09T14:05:00")]
    [InlineData("Mis à jour le 9 mai 2025 à 14h05 ·", "2025-05-09T14:05:00")]
    [InlineData("Updated: May 9, 2025 11:42 a.m. EDT |", "2025-05-09T11:42:00")]
    [InlineData("Von 9. März 2025, 14:05 Uhr", "2025-03-09T14:05:00")]
    public void A_date_line_without_a_name_gives_no_byline(string line, string published)
    {
        var article = ParseWithByline(line);
        Assert.Null(article.Byline);
        Assert.Equal(published, article.Published);
    }

    [Theory]
    [InlineData("<div class=\"byline\">Von Anna Schmidt, 9. März 2025, 14:05 Uhr</div>", "Anna Schmidt")]
    [InlineData("<p class=\"byline\">By Jane Doe | May 9, 2025 11:42 AM ET</p>", "Jane Doe")]
    [InlineData("<span class=\"author\">Anna Schmidt 14:05 Uhr</span>", "Anna Schmidt")]
    [InlineData("<span class=\"author\">Jeff Foust, 11:42 AM ET</span>", "Jeff Foust")]
    [InlineData("<h3 class=\"byline\">by Jeff Foust<br><span class=\"datetime\">Monday, November 18, 2019</span></h3>", "Jeff Foust")]
    [InlineData("<span class=\"byline\">9. März 2025</span><span class=\"author\">Anna Schmidt</span>", "Anna Schmidt")]
    [InlineData("<div class=\"byline-section\"><span class=\"author\">Tom Davies</span> <span class=\"publication\">Associated Press</span>"
        + "<div class=\"publish-date\">Published 11:34 PM EST Nov 19, 2019</div></div>", "Tom Davies")]
    [InlineData("<div class=\"byline-section\"><span class=\"author\"> </span> <span class=\"publication\">Detroit News wire services</span>"
        + "<div class=\"publish-date\">Published 11:11 PM EST Nov 19, 2019</div></div>", "Detroit News wire services")]
    [InlineData("<p class=\"byline\">By <a rel=\"author\" href=\"/a\">Ann Lee</a> and <a rel=\"author\" href=\"/b\">Bo Chen</a> | May 9, 2025 11:42 AM ET</p>", "Ann Lee and Bo Chen")]
    public void A_visible_byline_element_gives_the_author_alone(string element, string byline)
    {
        var body = "<article>" + element
            + "<p>The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour.</p>"
            + "<p>The budget adds money for the harbour wall and for two new schools in the north of the town.</p></article>";
        var article = new ArticleParser().Parse($"<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title></head><body>{body}</body></html>");
        Assert.Equal(byline, article.Byline);
    }
}
