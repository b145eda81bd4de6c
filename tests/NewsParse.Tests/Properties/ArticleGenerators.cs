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
            from lead in Paragraph(script).Few(1, 3)
            from headline in TopicTitle(script, string.Concat(lead))
            from sections in Section(script).Few(0, 5)
            from faq in Faq(script).Few(0, 1)
            from tail in Gen.Elements(BoilerplateLines).Few(0, 3).Select(l => l.Distinct().ToList())
            select Build(script, hasHeadline ? headline : null, lead, sections, faq, tail);
    }

    private static ArticleSpec Build(Script script, string? headline, IEnumerable<string> lead, IEnumerable<List<SpecPart>> sections, List<SpecFaq> faq, List<string> tail)
    {
        var parts = new List<SpecPart>();
        parts.AddRange(lead.Select(p => new SpecParagraph(p)));
        foreach (var section in sections) parts.AddRange(section);
        parts.AddRange(faq);
        parts.AddRange(tail.Select(t => new SpecBoilerplate(t)));
        return new ArticleSpec(headline, Unique(parts, headline), script.Name);
    }

    /// <summary>
    /// Drops repeated texts (the headline included), so that a multiset comparison of blocks is meaningful and headings
    /// stay distinct: a line that comes back later as a heading reads as a table of contents entry.
    /// </summary>
    private static List<SpecPart> Unique(List<SpecPart> parts, string? headline)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (headline is not null) seen.Add(headline);
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

    /// <summary>
    /// A level-2 section: heading, then either paragraphs (and maybe a list), or directly a level-3 subsection. Headings
    /// are made of topic words of the text under them, as real headings are.
    /// </summary>
    private static Gen<List<SpecPart>> Section(Script script) =>
        from paragraphs in Paragraph(script).Few(1, 3)
        from heading in TopicTitle(script, string.Concat(paragraphs))
        from subheading in TopicTitle(script, string.Concat(paragraphs))
        from nested in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from list in ListItems(script).Few(0, 1)
        select Lay(heading, nested ? subheading : null, paragraphs, list);

    private static List<SpecPart> Lay(string heading, string? subheading, List<string> paragraphs, List<List<string>> list)
    {
        var parts = new List<SpecPart> { new SpecHeading(2, heading) };
        // Nested: the level-3 heading follows its parent directly, which is what makes it readable as nested in a text dump.
        if (subheading is not null) parts.Add(new SpecHeading(3, subheading));
        parts.AddRange(paragraphs.Select(p => new SpecParagraph(p)));
        if (subheading is null) foreach (var items in list) parts.Add(new SpecList(items));
        return parts;
    }

    /// <summary>A title of two to four distinct words that occur in <paramref name="text"/>.</summary>
    private static Gen<string> TopicTitle(Script script, string text)
    {
        var topic = script.Words.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (topic.Length < 2) return Title(script);
        return
            from n in Gen.Choose(2, Math.Min(4, topic.Length))
            from words in Gen.Shuffle(topic)
            select Join(script, script.Cased ? words.Take(n).Select(Capitalize) : words.Take(n));
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
