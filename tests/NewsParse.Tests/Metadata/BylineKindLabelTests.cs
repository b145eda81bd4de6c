using NewsParse.Detection;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// A label that names the kind of piece with its author ("Analysis by", "Eine Analyse von", "Une chronique de",
/// "Text and photos by", "Escribe") is no part of the author's name: the name is what follows it.
/// </summary>
public class BylineKindLabelTests
{
    [Theory]
    [InlineData("Analysis by Chris Cillizza", "Chris Cillizza")]
    [InlineData("Opinion by Jane Doe", "Jane Doe")]
    [InlineData("Text and photos by Jane Doe", "Jane Doe")]
    [InlineData("Eine Analyse von Anna Schmidt", "Anna Schmidt")]
    [InlineData("Une chronique de Pierre Dupont", "Pierre Dupont")]
    [InlineData("Análisis de Juan Pérez", "Juan Pérez")]
    [InlineData("Opinião de João Silva", "João Silva")]
    [InlineData("Analisi di Mario Rossi", "Mario Rossi")]
    [InlineData("Commentaar van Jan Jansen", "Jan Jansen")]
    [InlineData("Komentarz: Jan Kowalski", "Jan Kowalski")]
    [InlineData("Мнение: Иван Петров", "Иван Петров")]
    [InlineData("Escribe Camila Méndez", "Camila Méndez")]
    public void The_kind_of_piece_is_no_part_of_the_name(string line, string name)
    {
        var read = AuthorNames.Read(line, marked: false)!;
        Assert.Equal([name], read.Names);
        Assert.True(read.Labelled);
    }

    [Fact]
    public void An_analysis_byline_with_a_title_names_the_writer()
    {
        var page = "<article><h1>Why the White House cannot be trusted on this</h1><div class=\"metadata\"><p class=\"metadata__byline\"><span class=\"metadata__byline__author\">Analysis by <a href=\"/profiles/chris-cillizza\">Chris Cillizza</a>, CNN Editor-at-large</span></p></div>"
            + Paragraphs(4) + "</article>";
        Assert.Equal("Chris Cillizza", Parse(page, "<meta name=\"author\" content=\"Analysis by Chris Cillizza, CNN Editor-at-large\">").Byline);
    }
}
