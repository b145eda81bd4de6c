using NewsParse.Html.Dom;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Html;

/// <summary>
/// Reads one HTML page into metadata and blocks for the <see cref="ArticleReader"/>: <see cref="HtmlDocument"/> parses
/// the page into a light tree (own tokenizer and simplified HTML5 tree builder; no scripts run, nothing is loaded), <see cref="PageIndex"/> indexes it in one walk, <see cref="ContentSelector"/>
/// chooses the article's elements, <see cref="HtmlMetadataReader"/> decides the metadata (JSON-LD through
/// <see cref="JsonLdReader"/>) and <see cref="BlockWriter"/> writes the blocks in reading order, chrome summarised
/// as boilerplate. An FAQ found only in structured data is appended after the body as questions and answers.
/// Stateless and thread-safe; nothing recurses over the tree.
/// </summary>
internal static class HtmlDocumentReader
{
    public static HtmlReadResult Read(ReadOnlyMemory<char> html, NewsParserOptions options) =>
        // tags nested deeper than the limit are dropped by the tree builder; their text stays in the element at the limit
        Read(HtmlDocument.Parse(html, options.MaxNestingDepth), options);

    /// <summary>Reads a page already parsed into the light tree (by <see cref="HtmlDocument.Parse(ReadOnlyMemory{char}, int)"/> or <see cref="AngleSharpTreeReader"/>); releases the tree's storage when done.</summary>
    public static HtmlReadResult Read(HtmlDocument document, NewsParserOptions options)
    {
        var result = new HtmlReadResult();
        var index = PageIndex.Build(document, options.MaxNestingDepth);
        var ld = JsonLdReader.Read(index.JsonLd, options.MaxNestingDepth);
        if (ld.Invalid > 0)
            result.Leading.Add(new DiagnosticEvent(new Diagnostic(DiagnosticCode.InvalidStructuredData,
                $"{ld.Invalid} JSON-LD script(s) could not be read as JSON and were ignored.")));
        if (document.DepthExceeded || index.DepthExceeded)
            result.Leading.Add(new DiagnosticEvent(new Diagnostic(DiagnosticCode.NestingTooDeep,
                $"Elements nest deeper than {options.MaxNestingDepth} levels; deeper elements were read as text of the element at the limit.")));
        // the article is chosen first: a date shown only as text is read from before its first paragraph
        var lede = LedeMatcher.For([ld.ArticleBody, ld.Description, index.Meta("og:description"), index.Meta("description"), index.Meta("twitter:description")]);
        var roots = ContentSelector.Select(index, lede);
        var headline = HtmlMetadataReader.Read(index, ld, roots, result.Leading, out var headlineElement);
        var baseAddress = LinkAddress.BaseOf(document, index, options.Url);
        var comments = options.IncludeComments ? CommentSectionReader.Read(index, roots, baseAddress) : CommentSection.None;
        foreach (var comment in comments.Comments) result.Trailing.Add(new CommentEvent(comment) { Reason = "a comment of the page's comment section" });
        var writer = new BlockWriter(index, result.Blocks, headline) { HeadlineElement = headlineElement, Comments = comments, BaseAddress = baseAddress };
        if (index.Body is { } body) writer.Write(body);
        if (roots.Count > 0 && ld.Faq.Count > 0) AppendFaq(ld, writer.Titles, result.Blocks);
        if (options.IncludeComments && comments.IsEmpty && roots.Count > 0) AppendStructuredComments(index, options, result);
        // every block holds its own strings: the index's infos and the tree's nodes and attribute storage can serve the next page
        index.Release();
        document.Release();
        return result;
    }

    /// <summary>
    /// Appends the structured-data FAQ's questions that the page does not show already: the visible FAQ and the
    /// JSON-LD one are one list, matched by question text (Unicode-normalised, case and white space folded), never twice.
    /// </summary>
    private static void AppendFaq(JsonLdData ld, HashSet<string> titles, List<SourceBlock> blocks)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in titles) shown.Add(QuestionKey(title));
        foreach (var (question, answer) in ld.Faq)
        {
            if (!shown.Add(QuestionKey(question))) continue;
            blocks.Add(new SourceBlock(SourceBlockKind.Question, question, SourceSpan.None) { FromHtml = true, InFaq = true });
            foreach (var line in answer.Split('\n')) blocks.Add(new SourceBlock(SourceBlockKind.Answer, line, SourceSpan.None) { FromHtml = true, InFaq = true });
        }
    }

    /// <summary>
    /// The comments the page states only in its JSON-LD (schema.org Comment items of its article or posting): read
    /// when the markup shows no comment section; one whose text a block of the page holds already is not repeated.
    /// </summary>
    private static void AppendStructuredComments(PageIndex index, NewsParserOptions options, HtmlReadResult result)
    {
        var stated = JsonLdComments.Read(index.JsonLd, options.MaxNestingDepth);
        if (stated.Count == 0) return;
        foreach (var comment in stated)
        {
            // its first paragraph (at most 60 characters of it) found in a block: the page shows it
            var start = comment.Text.Split('\n')[0];
            if (start.Length > 60) start = start[..60];
            bool shown = false;
            foreach (var block in result.Blocks)
            {
                if (block.Text.Contains(start, StringComparison.Ordinal))
                {
                    shown = true;
                    break;
                }
            }
            if (!shown) result.Trailing.Add(new CommentEvent(comment) { Reason = "a comment the page states in its structured data (JSON-LD) and does not show" });
        }
    }

    /// <summary>A question's key: NFKC, white space collapsed, lower case, without a "Q:" prefix or closing punctuation.</summary>
    private static string QuestionKey(string text)
    {
        var key = BlockWriter.Normalize(text.Normalize(System.Text.NormalizationForm.FormKC));
        return key.TrimEnd('?', '？', '؟', '.', ':', ' ');
    }
}
