using FsCheck;
using FsCheck.Fluent;

namespace NewsParse.Tests.Properties;

/// <summary>
/// FsCheck generators of articles whose structure is recoverable by a reader: paragraphs are real multi-sentence text
/// ending with the script's full stop, headings are short titles made of the article's own topic words, lists have
/// several items, the FAQ has an FAQ title and question lines ending with a question mark, and boilerplate lines are
/// of the kinds the detectors know. Several scripts: Latin, Cyrillic, Arabic, Devanagari, Bengali, CJK.
/// </summary>
public static class ArticleGenerators
{
    private sealed record Script(string Name, string[] Words, string Stop, string QuestionMark, bool Cased, bool Spaced);

    private static readonly Script[] Scripts =
    [
        new("latin", ["harbour", "council", "bridge", "river", "minister", "budget", "workers", "railway", "village", "market", "election", "inquiry", "weather", "farmers", "school", "museum", "engineers", "ferry", "tunnel", "mayor", "station", "festival"], ".", "?", true, true),
        new("cyrillic", ["гавань", "совет", "мост", "река", "министр", "бюджет", "рабочие", "дорога", "деревня", "рынок", "выборы", "проверка", "погода", "фермеры", "школа", "музей", "инженеры", "паром", "тоннель", "мэр", "станция", "праздник"], ".", "?", true, true),
        new("arabic", ["الميناء", "المجلس", "الجسر", "النهر", "الوزير", "الميزانية", "العمال", "الطريق", "القرية", "السوق", "الانتخابات", "التحقيق", "الطقس", "المزارعون", "المدرسة", "المتحف", "المهندسون", "العبارة", "النفق", "العمدة", "المحطة", "المهرجان"], ".", "؟", false, true),
        new("devanagari", ["बंदरगाह", "परिषद", "पुल", "नदी", "मंत्री", "बजट", "मजदूर", "सड़क", "गांव", "बाजार", "चुनाव", "जांच", "मौसम", "किसान", "स्कूल", "संग्रहालय", "इंजीनियर", "नाव", "सुरंग", "महापौर", "स्टेशन", "त्योहार"], "।", "?", false, true),
        new("bengali", ["বন্দর", "পরিষদ", "সেতু", "নদী", "মন্ত্রী", "বাজেট", "শ্রমিক", "রাস্তা", "গ্রাম", "বাজার", "নির্বাচন", "তদন্ত", "আবহাওয়া", "কৃষক", "বিদ্যালয়", "জাদুঘর", "প্রকৌশলী", "ফেরি", "সুড়ঙ্গ", "মেয়র", "স্টেশন", "উৎসব"], "।", "?", false, true),
        new("cjk", ["港湾", "議会", "橋梁", "河川", "大臣", "予算", "労働者", "鉄道", "村落", "市場", "選挙", "調査", "天気", "農家", "学校", "博物館", "技術者", "渡船", "隧道", "市長", "駅舎", "祭典"], "。", "？", false, false),
    ];

    private static readonly string[] BoilerplateLines =
    [
        "Follow us on Twitter and Facebook",
        "Share this article on Facebook",
        "Subscribe to our newsletter",
        "Advertisement",
        "We use cookies to improve your experience. Accept cookies",
        "© 2026 Daily News. All rights reserved.",
    ];

    /// <summary>Articles in any of the scripts.</summary>
    public static Arbitrary<ArticleSpec> Articles() => Arb.From(ArticleGen());

    public static Gen<ArticleSpec> ArticleGen() =>
        from script in Gen.Elements(Scripts)
        from spec in ArticleIn(script)
        select spec;

    private static Gen<ArticleSpec> ArticleIn(Script script)
    {
        return
            from hasHeadline in Gen.Elements(true, false)
            from headline in Title(script)
            from lead in Paragraph(script).Few(1, 4)
            from sections in Section(script).Few(0, 4)
            from faq in Faq(script).Few(0, 4).Select(l => l.Take(1).ToList())
            from tail in Gen.Elements(BoilerplateLines).Few(0, 4).Select(l => l.Take(3).Distinct().ToList())
            select Build(script, hasHeadline ? headline : null, lead.Take(3), sections.Take(5), faq, tail);
    }

    private static ArticleSpec Build(Script script, string? headline, IEnumerable<string> lead, IEnumerable<List<SpecPart>> sections, List<SpecFaq> faq, List<string> tail)
    {
        var parts = new List<SpecPart>();
        parts.AddRange(lead.Select(p => new SpecParagraph(p)));
        foreach (var section in sections) parts.AddRange(section);
        parts.AddRange(faq);
        parts.AddRange(tail.Select(t => new SpecBoilerplate(t)));
        return new ArticleSpec(headline, Unique(parts), script.Name);
    }

    /// <summary>Drops repeated texts, so that a multiset comparison of blocks is meaningful and headings stay distinct.</summary>
    private static List<SpecPart> Unique(List<SpecPart> parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SpecPart>();
        foreach (var part in parts)
        {
            bool fresh = part switch
            {
                SpecHeading h => seen.Add(h.Text),
                SpecParagraph p => seen.Add(p.Text),
                SpecList l => l.Items.All(seen.Add),
                SpecFaq f => seen.Add(f.Heading) && f.Items.All(i => seen.Add(i.Question) && seen.Add(i.Answer)),
                SpecBoilerplate b => seen.Add(b.Text),
                _ => true,
            };
            if (fresh) result.Add(part);
        }
        return result;
    }

    /// <summary>A level-2 section: heading, then either paragraphs (and maybe a list), or directly level-3 subsections.</summary>
    private static Gen<List<SpecPart>> Section(Script script) =>
        from heading in Title(script)
        from paragraphs in Paragraph(script).Few(1, 4)
        from list in ListItems(script).Few(0, 4).Select(l => l.Take(1).ToList())
        from subsections in Gen.Zip(Title(script), Paragraph(script).Few(1, 4)).Few(0, 4)
        select Lay(heading, paragraphs.Take(3).ToList(), list, subsections.Take(2).ToList());

    private static List<SpecPart> Lay(string heading, List<string> paragraphs, List<List<string>> list, List<(string, List<string>)> subsections)
    {
        var parts = new List<SpecPart> { new SpecHeading(2, heading) };
        if (subsections.Count > 0)
        {
            // Nested: the level-3 headings follow their parent directly, which is what makes them readable as nested in a text dump.
            var (subheading, subparagraphs) = subsections[0];
            parts.Add(new SpecHeading(3, subheading));
            parts.AddRange(subparagraphs.Take(2).Select(p => new SpecParagraph(p)));
            return parts;
        }
        parts.AddRange(paragraphs.Select(p => new SpecParagraph(p)));
        foreach (var items in list) parts.Add(new SpecList(items));
        return parts;
    }

    private static Gen<string> Title(Script script) =>
        from n in Gen.Choose(2, 4)
        from words in Gen.Elements(script.Words).ArrayOf(n)
        select Join(script, script.Cased ? words.Select(Capitalize) : words);

    private static Gen<string> Sentence(Script script, string stop) =>
        from n in Gen.Choose(6, 12)
        from words in Gen.Elements(script.Words).ArrayOf(n)
        select Capitalize(Join(script, words)) + stop;

    private static Gen<string> Paragraph(Script script) =>
        from n in Gen.Choose(2, 4)
        from sentences in Sentence(script, script.Stop).ArrayOf(n)
        select string.Join(script.Spaced ? " " : "", sentences);

    private static Gen<List<string>> ListItems(Script script) =>
        from n in Gen.Choose(2, 5)
        from items in Sentence(script, script.Stop).ArrayOf(n)
        select items.Distinct().ToList();

    private static Gen<SpecFaq> Faq(Script script) =>
        from n in Gen.Choose(1, 3)
        from questions in Sentence(script, script.QuestionMark).ArrayOf(n)
        from answers in Paragraph(script).ArrayOf(n)
        select new SpecFaq("Frequently asked questions", questions.Zip(answers).Select(p => (p.First, p.Second)).DistinctBy(p => p.First).ToList());

    private static string Join(Script script, IEnumerable<string> words) => string.Join(script.Spaced ? " " : "", words);

    private static string Capitalize(string word) => word.Length == 0 || !char.IsLower(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
