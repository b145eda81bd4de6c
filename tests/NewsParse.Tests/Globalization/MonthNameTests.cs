using System.Globalization;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Globalization;

/// <summary>
/// Dates written with month names in the nine languages of the built-in table (<see cref="MonthNames"/>) read to the
/// right ISO date, on any machine: the table is in the source, so these pass under invariant globalization too.
/// </summary>
public class MonthNameTests
{
    [Theory]
    // English
    [InlineData("Published March 5, 2025", "2025-03-05")]
    [InlineData("Sept. 9, 2025", "2025-09-09")]
    [InlineData("By Jane Doe | 9 Dec 2024", "2024-12-09")]
    [InlineData("MAY 9, 2025 11:42 AM GMT+6", "2025-05-09T11:42:00+06:00")]
    // German
    [InlineData("Von Max Muster, 9. März 2025", "2025-03-09")]
    [InlineData("9. MÄRZ 2025", "2025-03-09")]
    [InlineData("1. Mär. 2025", "2025-03-01")]
    [InlineData("24. Dezember 2024, 18:30 Uhr", "2024-12-24T18:30:00")]
    [InlineData("3. Okt. 2023", "2023-10-03")]
    // French
    [InlineData("Publié le 12 févr. 2025", "2025-02-12")]
    [InlineData("14 juillet 2024", "2024-07-14")]
    [InlineData("3 août 2025 à 10:05", "2025-08-03T10:05:00")]
    [InlineData("5 déc. 2024", "2024-12-05")]
    [InlineData("2 sept. 2025", "2025-09-02")]
    // Spanish
    [InlineData("15 de septiembre de 2025", "2025-09-15")]
    [InlineData("2 sept 2025", "2025-09-02")]
    [InlineData("3 ene 2025", "2025-01-03")]
    [InlineData("Actualizado 31 de diciembre de 2024", "2024-12-31")]
    // Portuguese
    [InlineData("7 de março de 2025", "2025-03-07")]
    [InlineData("20 fev. 2024", "2024-02-20")]
    [InlineData("1 out. 2023", "2023-10-01")]
    // Italian
    [InlineData("Pubblicato 9 maggio 2025", "2025-05-09")]
    [InlineData("12 giu 2024", "2024-06-12")]
    [InlineData("1 gennaio 2026", "2026-01-01")]
    // Dutch
    [InlineData("9 mei 2025", "2025-05-09")]
    [InlineData("3 mrt 2025", "2025-03-03")]
    [InlineData("17 maart 2024", "2024-03-17")]
    [InlineData("1 okt. 2023", "2023-10-01")]
    // Polish
    [InlineData("4 listopada 2020, 19:23", "2020-11-04T19:23:00")]
    [InlineData("Opublikowano: 9 maja 2025", "2025-05-09")]
    [InlineData("12 paź 2024", "2024-10-12")]
    // Russian
    [InlineData("4 ноября 2020 г.", "2020-11-04")]
    [InlineData("Опубликовано 9 мая 2025 в 11:42", "2025-05-09T11:42:00")]
    [InlineData("1 сент. 2023", "2023-09-01")]
    public void A_month_name_of_each_language_reads_to_the_right_date(string line, string iso)
    {
        Assert.Equal(iso, DateReader.Find(line)?.Iso);
    }

    [Theory]
    [InlineData("en", "january february march april may june july august september october november december")]
    [InlineData("de", "januar februar märz april mai juni juli august september oktober november dezember")]
    [InlineData("fr", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre")]
    [InlineData("es", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")]
    [InlineData("pt", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro")]
    [InlineData("it", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre")]
    [InlineData("nl", "januari februari maart april mei juni juli augustus september oktober november december")]
    [InlineData("pl", "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia")]
    [InlineData("ru", "января февраля марта апреля мая июня июля августа сентября октября ноября декабря")]
    public void Every_full_month_name_reads_to_its_month(string language, string names)
    {
        var months = names.Split(' ');
        Assert.Equal(12, months.Length);
        for (int i = 0; i < 12; i++)
        {
            var expected = $"2024-{i + 1:00}-09";
            Assert.True(expected == DateReader.Find($"9 {months[i]} 2024")?.Iso, $"{language}: 9 {months[i]} 2024");
            var capitalised = char.ToUpperInvariant(months[i][0]) + months[i][1..];
            Assert.True(expected == DateReader.Find($"{capitalised} 9, 2024")?.Iso, $"{language}: {capitalised} 9, 2024");
        }
    }

    [Theory]
    [InlineData("9 huhtikuuta 2025")]   // Finnish: not one of the nine languages
    [InlineData("9 Mrz 2025")]      // an old German abbreviation the culture data does not give
    [InlineData("9 Foo 2025")]
    [InlineData("February 30, 2025")]
    public void A_word_that_is_not_a_month_name_or_a_day_that_does_not_exist_is_not_a_date(string line)
    {
        Assert.Null(DateReader.Find(line));
    }

    [Fact]
    public void A_German_byline_under_the_headline_gives_the_published_date()
    {
        var text = "Stadtrat beschließt neue Brücke über den Fluss\n"
            + "Von Anna Schmidt, 9. März 2025, 14:05\n\n"
            + "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke beschlossen. Die Arbeiten beginnen im Frühjahr.\n\n"
            + "Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro. Der Bund übernimmt einen Teil davon.\n";
        var article = NewsParser.Parse(text);
        Assert.Equal("Anna Schmidt", article.Byline);
        Assert.Equal("2025-03-09T14:05:00", article.Published);
    }

    [Fact]
    public void Every_name_in_the_table_is_lower_case_without_a_dot_and_reads_to_one_month()
    {
        foreach (var name in MonthNames.All)
        {
            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.False(name.EndsWith('.'), name);
            Assert.True(name.Length >= 3, name);
            Assert.True(MonthNames.TryGetMonth(name, out int month) && month is >= 1 and <= 12, name);
            Assert.Equal($"2024-{month:00}-09", DateReader.Find($"9 {name} 2024")?.Iso);
        }
    }

    [IcuFact]
    public void The_table_holds_every_month_name_the_machine_culture_data_gives_for_the_nine_languages()
    {
        // The table was generated from this culture data; an edit that drops a name, or a newer ICU that adds one, fails here.
        var missing = new List<string>();
        foreach (var culture in new[] { "en-US", "de-DE", "fr-FR", "es-ES", "pt-PT", "it-IT", "nl-NL", "pl-PL", "ru-RU" })
        {
            var format = CultureInfo.GetCultureInfo(culture).DateTimeFormat;
            for (int i = 0; i < 12; i++)
            {
                var names = new[]
                {
                    format.MonthNames[i].ToLowerInvariant(),
                    format.MonthGenitiveNames[i].ToLowerInvariant(),
                    format.AbbreviatedMonthNames[i].ToLowerInvariant().TrimEnd('.'),
                    format.AbbreviatedMonthGenitiveNames[i].ToLowerInvariant().TrimEnd('.'),
                };
                foreach (var name in names)
                {
                    if (name.Length < 3) continue;
                    if (!MonthNames.TryGetMonth(name, out int month) || month != i + 1) missing.Add($"{culture} {name} ({i + 1})");
                }
            }
        }
        Assert.Empty(missing);
    }
}
