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

    private static Gen<Block> Block() =>
        from kind in Gen.Choose(0, 5)
        from line in Line()
        from more in Line().Few(0, 4)
        from other in Optional(Line())
        from ordered in Gen.Elements(true, false)
        from span in Span()
        select kind switch
        {
            0 => (Block)new ParagraphBlock(line, span),
            1 => new ListBlock(ordered, [line, .. more.Take(4)], span),
            2 => new QuoteBlock(line, other, span),
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
        from span in Span()
        select has ? new Faq(heading, items.Take(4).Select(i => new FaqItem(i.Item1 + "?", string.Join("\n\n", i.Item2.Take(3)), span)).ToList(), span) : null;

    public static Gen<Article> ArticleGen() =>
        from headline in Optional(Line())
        from byline in Optional(Line())
        from published in Gen.Elements<string?>(null, "2025-05-09", "2025-05-09T11:42:00", "2025-05-09T11:42:00+06:00")
        from language in Gen.Elements<string?>(null, "en", "ru", "ar", "hi", "bn", "ja", "en-US")
        from site in Optional(Line())
        from url in Gen.Elements<string?>(null, "https://example.com/news/bridge?id=1&x=\"y\"")
        from description in Optional(Line())
        from lead in Gen.Elements(true, false)
        from leadSection in Lead()
        from sections in SectionAt(2, 2).Few(0, 4)
        from faq in Faq()
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
            Boilerplate = boilerplate.Take(4).Select(b => new BoilerplateBlock(b.Item1, b.Item2.Item1, "reason: " + b.Item2.Item1, b.Item2.Item2)).ToList(),
            Diagnostics = diagnostics.Take(3).Select(d => new Diagnostic(d.Item1, d.Item2)).ToList(),
        };
}

/// <summary>The arbitrary article models of the rendering properties.</summary>
public static class ModelArbitraries
{
    public static Arbitrary<Article> Articles() => Arb.From(ModelGenerators.ArticleGen());
}
