using FsCheck;
using FsCheck.Fluent;
using NewsParse.Model;

namespace NewsParse.Tests.Properties;

/// <summary>
/// FsCheck generators of article models directly (not through parsing): every block type, nested sections, an FAQ,
/// boilerplate of every kind, diagnostics and spans; texts include Markdown and HTML punctuation, several scripts,
/// quotes and control-looking characters, so that renderers must escape them.
/// </summary>
public static class ModelGenerators
{
    private static readonly string[] Pieces =
    [
        "harbour", "Council", "мост", "الجسر", "पुल", "সেতু", "橋梁", "2025", "#", "##", "*", "_", "`", "[", "]", "(", ")", "<b>", "</p>",
        "&amp;", "&", "!", "|", "~", "\\", "-", "+", "=", "1.", "2)", ">", "\"", "'", "…", "?", "؟", "。", "a\u00A0b", "é", "😀",
    ];

    /// <summary>A one-line text: words and punctuation separated by single spaces, never empty, no leading or trailing space.</summary>
    public static Gen<string> Line() =>
        from n in Gen.Choose(1, 8)
        from words in Gen.Elements(Pieces).ArrayOf(n)
        select string.Join(' ', words);

    private static Gen<string?> Optional(Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(s => (string?)s)));

    private static Gen<SourceSpan> Span() =>
        from start in Gen.Choose(0, 100_000)
        from length in Gen.Choose(0, 5000)
        select new SourceSpan(start, length);

    private static readonly string[] Addresses =
        ["https://example.com/a", "https://example.com/path_(x)?q=1&r=<2>", "/relative path", "#note-1", "mailto:desk@example.com"];

    /// <summary>
    /// Inline runs over <paramref name="line"/>: each word is plain, emphasis, strong, code, a link or a link around
    /// strong text (by <paramref name="choices"/>); a space between words may be a line break, and an image may
    /// stand after a word. Runs nest or are apart, as the parser makes them.
    /// </summary>
    public static IReadOnlyList<Inline>? Inlines(string line, int[] choices)
    {
        var runs = new List<Inline>();
        int at = 0, i = 0;
        foreach (var word in line.Split(' '))
        {
            int choice = choices[i++ % choices.Length];
            string href = Addresses[choice % Addresses.Length];
            switch (choice % 12)
            {
                case 4: runs.Add(new Inline(InlineKind.Emphasis, at, word.Length)); break;
                case 5: runs.Add(new Inline(InlineKind.Strong, at, word.Length)); break;
                case 6: runs.Add(new Inline(InlineKind.Code, at, word.Length)); break;
                case 7: runs.Add(new Inline(InlineKind.Link, at, word.Length) { Href = href }); break;
                case 8:
                    runs.Add(new Inline(InlineKind.Link, at, word.Length) { Href = href });
                    runs.Add(new Inline(InlineKind.Strong, at, word.Length));
                    break;
                case 9: runs.Add(new Inline(InlineKind.Image, at + word.Length, 0) { Source = "https://example.com/i.png", Alt = choice % 2 == 0 ? null : word }); break;
            }
            at += word.Length;
            if (at < line.Length && choice % 12 == 10) runs.Add(new Inline(InlineKind.LineBreak, at, 1));
            at++;
        }
        return runs.Count == 0 ? null : runs;
    }

    /// <summary>
    /// Runs over <paramref name="pieces"/> joined with <paramref name="separator"/> (the lines of a quote, the
    /// paragraphs of an answer): each piece's runs, shifted to where it stands, none crossing a separator.
    /// </summary>
    public static IReadOnlyList<Inline>? Inlines(IReadOnlyList<string> pieces, string separator, int[] choices)
    {
        var runs = new List<Inline>();
        int at = 0;
        for (int i = 0; i < pieces.Count; i++)
        {
            var rotated = choices.Skip(i % choices.Length).Concat(choices.Take(i % choices.Length)).ToArray();
            foreach (var run in Inlines(pieces[i], rotated) ?? []) runs.Add(run with { Start = run.Start + at });
            at += pieces[i].Length + separator.Length;
        }
        return runs.Count == 0 ? null : runs;
    }

    /// <summary>
    /// A list of items with runs, some holding a list of their own (two levels deep at most): its flat texts (each
    /// item's own text and its nested items', space apart) and its entries.
    /// </summary>
    private static ListBlock RichList(bool ordered, IReadOnlyList<string> lines, int[] choices, SourceSpan span)
    {
        var entries = new List<ListItem>();
        for (int i = 0; i < lines.Count; i++)
        {
            int choice = choices[i % choices.Length];
            var rotated = choices.Skip(i % choices.Length).Concat(choices.Take(i % choices.Length)).ToArray();
            IReadOnlyList<ListItem>? nested = choice % 3 == 0
                ? lines.Take(2).Select((l, k) => new ListItem(l) { Inlines = Inlines(l, rotated), Items = k == 1 && choice % 2 == 0 ? [new ListItem(lines[0])] : null, Ordered = k == 1 }).ToList()
                : null;
            entries.Add(new ListItem(choice % 5 == 0 ? "" : lines[i]) { Inlines = choice % 5 == 0 ? null : Inlines(lines[i], rotated), Items = nested, Ordered = choice % 4 == 1 });
        }
        var items = entries.Select(Flat).ToList();
        return new ListBlock(ordered, items, span) { Entries = entries };
    }

    /// <summary>A table whose first row is header cells, whose one-cell rows span two columns (one of them two rows), cells with runs.</summary>
    private static TableBlock RichTable(IReadOnlyList<IReadOnlyList<string>> rows, string? caption, int[] choices, SourceSpan span)
    {
        var cells = rows.Select((row, r) => (IReadOnlyList<TableCell>)row.Select((text, c) => new TableCell(text)
        {
            Inlines = Inlines(text, [.. choices.Skip((r + c) % choices.Length), .. choices.Take((r + c) % choices.Length)]),
            Header = r == 0,
            ColumnSpan = row.Count == 1 ? 2 : null,
            RowSpan = row.Count == 1 && r == rows.Count - 2 && choices[0] % 2 == 0 ? 2 : null,
        }).ToList()).ToList();
        return new TableBlock(rows, caption, span) { Cells = cells };
    }

    private static string Flat(ListItem item) =>
        string.Join(' ', new[] { item.Text }.Concat(item.Items?.Select(Flat) ?? []).Where(t => t.Length > 0));

    private static Gen<Block> Block() =>
        from kind in Gen.Choose(0, 5)
        from choices in Gen.Choose(0, 23).ArrayOf(5)
        from line in Line()
        from more in Line().Few(0, 4)
        from other in Optional(Line())
        from ordered in Gen.Elements(true, false)
        from span in Span()
        select kind switch
        {
            0 => (Block)new ParagraphBlock(line, span) { Inlines = Inlines(line, choices) },
            1 when choices[4] % 2 == 0 => new ListBlock(ordered, [line, .. more.Take(4)], span),
            1 => RichList(ordered, [line, .. more.Take(4)], choices, span),
            2 when choices[4] % 2 == 0 => new QuoteBlock(line, other, span) { Inlines = Inlines(line, choices) },
            2 => new QuoteBlock(string.Join('\n', [line, .. more.Take(3)]), other, span) { Inlines = Inlines([line, .. more.Take(3)], "\n", choices) },
            3 when choices[4] % 2 == 1 => RichTable([[line, other ?? ""], .. more.Take(3).Select(m => (IReadOnlyList<string>)[m])], other, choices, span),
            3 => new TableBlock([[line, other ?? ""], .. more.Take(3).Select(m => (IReadOnlyList<string>)[m])], other, span),
            4 => new CodeBlock(line + "\n  " + string.Join("\n", more.Take(3)), other is null ? null : "csharp", span),
            _ => new FigureBlock(other, ordered ? "https://example.com/image.jpg" : null, span),
        };

    /// <summary>A section of at most <paramref name="depth"/> levels below it, starting at <paramref name="level"/>.</summary>
    private static Gen<Section> SectionAt(int level, int depth) =>
        from heading in Line()
        from blocks in Block().Few(0, 4)
        from children in depth == 0 ? Gen.Constant(new List<Section>()) : SectionAt(level + 1, depth - 1).Few(0, 4).Select(l => l.Take(2).ToList())
        from span in Span()
        select new Section(heading, level, blocks.Take(4).ToList(), children, span);

    private static Gen<Section> Lead() =>
        from blocks in Block().Few(1, 4)
        from span in Span()
        select new Section(null, null, blocks.Take(3).ToList(), null, span);

    private static Gen<Faq?> Faq() =>
        from has in Gen.Elements(true, false)
        from heading in Optional(Line())
        from items in Gen.Zip(Line(), Line().Few(1, 4)).Few(0, 4)
        from choices in Gen.Choose(0, 23).ArrayOf(5)
        from span in Span()
        select has ? new Faq(heading, items.Take(4).Select(i => new FaqItem(i.Item1 + "?", string.Join("\n\n", i.Item2.Take(3)), span)
        {
            Inlines = Inlines(i.Item2.Take(3).ToList(), "\n\n", choices),
        }).ToList(), span) : null;

    private static Gen<List<Comment>> Comments() =>
        from items in Gen.Zip(Line().Few(1, 3), Optional(Line())).Few(0, 4)
        from depths in Gen.Choose(0, 3).ArrayOf(4)
        from choices in Gen.Choose(0, 23).ArrayOf(5)
        from span in Span()
        select items.Take(4).Select((c, k) => new Comment(string.Join("\n\n", c.Item1.Take(3)), c.Item2, k % 2 == 0 ? null : "2025-05-09T11:42:00+02:00", k == 0 ? 0 : depths[k], span)
        {
            Inlines = Inlines(c.Item1.Take(3).ToList(), "\n\n", [.. choices.Skip(k), .. choices.Take(k)]),
        }).ToList();

    public static Gen<Article> ArticleGen() =>
        from headline in Optional(Line())
        from byline in Optional(Line())
        from authors in Line().Few(0, 3)
        from modified in Gen.Elements<string?>(null, "2025-05-10", "2025-05-10T08:00:00+02:00")
        from published in Gen.Elements<string?>(null, "2025-05-09", "2025-05-09T11:42:00", "2025-05-09T11:42:00+06:00")
        from language in Gen.Elements<string?>(null, "en", "ru", "ar", "hi", "bn", "ja", "en-US")
        from site in Optional(Line())
        from url in Gen.Elements<string?>(null, "https://example.com/news/bridge?id=1&x=\"y\"")
        from description in Optional(Line())
        from lead in Gen.Elements(true, false)
        from leadSection in Lead()
        from sections in SectionAt(2, 2).Few(0, 4)
        from faq in Faq()
        from comments in Comments()
        from boilerplate in Gen.Zip(Gen.Elements(Enum.GetValues<BoilerplateKind>()), Gen.Zip(Line(), Span())).Few(0, 4)
        from diagnostics in Gen.Zip(Gen.Elements(Enum.GetValues<DiagnosticCode>()), Line()).Few(0, 4)
        select new Article
        {
            Headline = headline,
            Byline = byline,
            Published = published,
            Language = language,
            SiteName = site,
            Url = url,
            Description = description,
            Sections = [.. (lead ? [leadSection] : Array.Empty<Section>()), .. sections.Take(4)],
            Faq = faq,
            Comments = comments,
            Boilerplate = boilerplate.Take(4).Select(b => new BoilerplateBlock(b.Item1, b.Item2.Item1, "reason: " + b.Item2.Item1, b.Item2.Item2)).ToList(),
            Diagnostics = diagnostics.Take(3).Select(d => new Diagnostic(d.Item1, d.Item2)).ToList(),
            Authors = authors.Take(3).ToList(),
            Modified = modified,
        };
}

/// <summary>The arbitrary article models of the rendering properties.</summary>
public static class ModelArbitraries
{
    public static Arbitrary<Article> Articles() => Arb.From(ModelGenerators.ArticleGen());
}
