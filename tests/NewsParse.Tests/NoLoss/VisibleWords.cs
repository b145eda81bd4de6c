using System.Globalization;
using System.Text.Json.Nodes;
using NewsParse.Html;
using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Rendering;
using NewsParse.Text;

namespace NewsParse.Tests.NoLoss;

/// <summary>
/// Words as multisets, for the no-loss property: the words a reader sees on a page (the text of &lt;body&gt; by the
/// tree's own notion of visibility: no script, style, form control, nor an element hidden by <c>hidden</c>,
/// <c>aria-hidden="true"</c> or an inline <c>display:none</c> / <c>visibility:hidden</c>), and the words an article
/// model gives back (headline, byline, every text of the sections, FAQ, boilerplate and comments, read from its JSON so
/// that every member the contract carries counts). A word is a run of letters, digits, marks and '_', case-folded;
/// text is white-space-collapsed first as the parser collapses it (soft hyphens and zero-width spaces dropped).
/// </summary>
internal static class VisibleWords
{
    /// <summary>The visible words of a page given as bytes, decoded as the parser decodes them (BOM, meta prescan, evidence).</summary>
    public static Dictionary<string, int> OfPage(byte[] page)
    {
        var sniffed = EncodingSniffer.TrySniff(page, isFinal: true, transportCharset: null)!.Value;
        return OfPage(sniffed.Encoding.GetString(page, sniffed.BomLength, page.Length - sniffed.BomLength));
    }

    /// <summary>The visible words of a page.</summary>
    public static Dictionary<string, int> OfPage(string html)
    {
        var document = HtmlDocument.Parse(html, NewsParserOptions.Default.MaxNestingDepth);
        try
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in TextCollector.Lines(document.Body).Split('\n')) Add(words, line);
            return words;
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>The words the article gives back anywhere (headline, byline, body, FAQ, boilerplate, comments).</summary>
    public static Dictionary<string, int> OfArticle(Article article) => OfJson(JsonNode.Parse(ArticleJson.ToJson(article))!.AsObject(), body: false);

    /// <summary>The words of the body, the FAQ, the boilerplate and the comments only (each should come from the page once).</summary>
    public static Dictionary<string, int> OfBlocks(Article article) => OfJson(JsonNode.Parse(ArticleJson.ToJson(article))!.AsObject(), body: true);

    /// <summary>Share of the page's words (counted with multiplicity) that the output holds: 1 when nothing is lost.</summary>
    public static double Coverage(Dictionary<string, int> page, Dictionary<string, int> output)
    {
        long total = 0, kept = 0;
        foreach (var (word, count) in page)
        {
            total += count;
            kept += Math.Min(count, output.GetValueOrDefault(word));
        }
        return total == 0 ? 1 : (double)kept / total;
    }

    /// <summary>The page's words the output lacks, with how many are missing, most first.</summary>
    public static IEnumerable<(string Word, int Missing)> Missing(Dictionary<string, int> page, Dictionary<string, int> output) =>
        page.Select(p => (p.Key, p.Value - output.GetValueOrDefault(p.Key))).Where(p => p.Item2 > 0).OrderByDescending(p => p.Item2);

    /// <summary>Words the output holds more often than the page shows them (text given twice, or invented).</summary>
    public static IEnumerable<(string Word, int Extra)> Extra(Dictionary<string, int> page, Dictionary<string, int> output) =>
        output.Select(o => (o.Key, o.Value - page.GetValueOrDefault(o.Key))).Where(o => o.Item2 > 0).OrderByDescending(o => o.Item2);

    public static int Total(Dictionary<string, int> words) => words.Values.Sum();

    private static Dictionary<string, int> OfJson(JsonObject article, bool body)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!body)
        {
            Add(words, (string?)article["headline"]);
            Add(words, (string?)article["byline"]);
        }
        var stack = new Stack<JsonNode?>();
        foreach (var member in new[] { "sections", "faq", "boilerplate", "comments" }) stack.Push(article[member]);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonArray array:
                    foreach (var item in array) stack.Push(item);
                    break;
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        if (name is "span" or "diagnostics" or "inlines" or "type" or "kind" or "reason" or "level" or "src" or "href") continue;
                        if (value is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            if (name is "text" or "heading" or "question" or "answer" or "caption" or "attribution" or "author") Add(words, s);
                        }
                        else stack.Push(value);
                    }
                    break;
                case JsonValue value when value.TryGetValue<string>(out var s):
                    Add(words, s);   // a list item or a table cell
                    break;
            }
        }
        return words;
    }

    private static void Add(Dictionary<string, int> words, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        text = Whitespace.Collapse(text);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && IsWordChar(text, i);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                words[word] = words.GetValueOrDefault(word) + 1;
                start = -1;
            }
        }
    }

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        if (char.IsSurrogate(c)) return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }
}
