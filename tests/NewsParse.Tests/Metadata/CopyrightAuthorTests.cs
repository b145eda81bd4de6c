using NewsParse.Html;
using Xunit;

using static NewsParse.Tests.Metadata.MetadataPages;

namespace NewsParse.Tests.Metadata;

/// <summary>
/// An author meta tag whose name the page's copyright notice gives as its holder ("© 2019 Jürgen Heitmann") names the
/// author of a page that shows no byline: a personal site, written by its owner. Its counterparts: a notice that
/// names the site and the person ("© 2019 nh24 by Alexander Wittke") or only the site is no such statement.
/// </summary>
public class CopyrightAuthorTests
{
    private static string Page(string notice) =>
        "<article><h1>Fotografie als Akt der Aggression</h1>" + Paragraphs(4) + "</article><footer><p>" + notice + "</p></footer>";

    private const string Head = "<meta name=\"author\" content=\"Jürgen Heitmann\">";

    [Theory]
    [InlineData("© Jürgen Heitmann")]
    [InlineData("Copyright © 2017 Jürgen Heitmann. Alle Rechte vorbehalten.")]
    [InlineData("Webdesign und alle Inhalte © by Jürgen Heitmann | All Rights Reserved | Impressum")]
    public void The_copyright_holder_named_by_the_author_meta_tag_is_the_author(string notice)
    {
        Assert.Equal("Jürgen Heitmann", Parse(Page(notice), Head, "de").Byline);
    }

    [Theory]
    [InlineData("© 2019 heitmann-media by Jürgen Heitmann")]
    [InlineData("© 2019 Heitmann Media GmbH")]
    [InlineData("Impressum | Kontakt")]
    public void A_notice_that_names_someone_else_gives_no_author(string notice)
    {
        Assert.Null(Parse(Page(notice), Head, "de").Byline);
    }

    [Theory]
    [InlineData("© 2019 Jane Doe", "Jane Doe")]
    [InlineData("Copyright (c) 2012- Gregory Szorc. All rights reserved.", "Gregory Szorc")]
    [InlineData("Alle Inhalte © von Ralf Glaser | Impressum", "Ralf Glaser")]
    [InlineData("Foto: Agentur", null)]
    public void The_holder_is_what_follows_the_mark(string text, string? holder)
    {
        Assert.Equal(holder, BylineChooser.CopyrightHolder(text));
    }
}
