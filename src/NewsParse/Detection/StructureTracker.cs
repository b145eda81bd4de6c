using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>
/// Lays out classified blocks, in order, as events: the headline and byline at the top of a text dump, section
/// headings with their levels, body blocks, the FAQ and boilerplate. Needs to see the block after the current one
/// (to tell a heading from a line with nothing after it). One per document; not thread-safe.
/// </summary>
/// <remarks>
/// Rules: a title-like line that opens a text dump is the headline unless it reads as a byline, or shares few words
/// with the article and has no byline under it (then it is another article's headline, and the chance passes to the
/// next block); a byline/date line among the first two lines after it (or the first two lines, without headline)
/// gives the byline and date. A heading read from text is level 2, or one deeper than the heading right before it
/// (a heading directly followed by another is its parent), at most 6. A heading of the FAQ lexicon opens the FAQ;
/// in it, questions start items and what follows them is the answer. The FAQ ends at a heading of the FAQ heading's
/// level or above, or at a title without question mark when every question so far had one.
/// </remarks>
internal sealed class StructureTracker(bool inferHeadline)
{
    private const int MaxInferredLevel = 6;

    /// <summary>Why an inferred heading has its level, by level (written once, not for every heading).</summary>
    private static readonly string[] UnderHeading = [.. Enumerable.Range(0, MaxInferredLevel + 1).Select(level => $"level {level}: directly under the heading before it")];

    private bool _seenBody;
    private bool _headlineDone = !inferHeadline;
    private int _bylineChances = inferHeadline ? 2 : 0;
    private bool _lastWasHeading;
    private int _lastLevel = 1;

    private bool _inFaq;
    private int _faqLevel;
    private bool _faqQuestionsMarked = true;
    private int _faqItems;
    private string? _question;
    private SourceSpan _questionSpan;
    private ReasonText _questionReason = string.Empty;
    private readonly List<string> _answer = [];

    /// <summary>Lays out <paramref name="block"/>; <paramref name="next"/> is the block after it, or null at the end of the input.</summary>
    public void Add(ClassifiedBlock block, ClassifiedBlock? next, List<ArticleEvent> output)
    {
        if (block.Role == BlockRole.Boilerplate)
        {
            AddBoilerplate(block, output);
            return;
        }

        (string? Byline, string? Published)? byline = null;
        if (_bylineChances > 0 && block.Role is BlockRole.Heading or BlockRole.Paragraph or BlockRole.OffTopicTitle)
            byline = BylineReader.Read(block.Text, ReferenceEquals(block.Text, block.Source.Text) ? block.SourceShape : TextShape.Of(block.Text));
        if (!_headlineDone)
        {
            // A title-like line that opens the input is the headline, unless it reads as a byline or date line, or
            // shares few words with the article and has no byline under it (another article's headline: the next
            // block may still be the headline).
            if (block.Role is BlockRole.Heading or BlockRole.OffTopicTitle && next is not null && (block.InferredLevel || block.Source.Level == 1) && byline is null)
            {
                if (block.Role == BlockRole.OffTopicTitle && !ReadsAsByline(next))
                {
                    AddBoilerplate(block, output);
                    return;
                }
                _headlineDone = true;
                output.Add(new MetadataEvent(MetadataField.Headline, block.Text, block.Span) { Reason = "the title that opens the input" });
                return;
            }
            _headlineDone = true;
        }
        if (_bylineChances > 0)
        {
            // The byline is one of the first two lines (after the headline, if any).
            _bylineChances--;
            if (byline is { } found)
            {
                _bylineChances = 0;
                if (found.Byline is { } author) output.Add(new MetadataEvent(MetadataField.Byline, author, block.Span) { Reason = "the byline at the top" });
                if (found.Published is { } date) output.Add(new MetadataEvent(MetadataField.Published, date, block.Span) { Reason = "the date line at the top" });
                return;
            }
        }

        if (_inFaq && AddToFaq(block, output)) return;

        switch (block.Role)
        {
            case BlockRole.OffTopicTitle:
                AddBoilerplate(block, output);
                return;
            case BlockRole.FaqHeading:
                OpenFaq(block.Text, block.Span, block.InferredLevel ? 0 : block.Source.Level, output, block.Reason);
                return;
            case BlockRole.Question when !block.InferredLevel || next?.Role is BlockRole.Answer || block.Text != block.Source.Text:
                OpenFaq(null, block.Span, 0, output, "a question opens an FAQ without title");
                AddToFaq(block, output);
                return;
            case BlockRole.Heading:
            case BlockRole.Question:
                if (next is null)
                {
                    output.Add(new BoilerplateEvent(new BoilerplateBlock(BoilerplateKind.Other, block.Text, "a title with nothing after it", block.Span)));
                    return;
                }
                int level = block.InferredLevel ? (_lastWasHeading ? Math.Min(_lastLevel + 1, MaxInferredLevel) : 2) : block.Source.Level;
                var why = !block.InferredLevel ? "level from the page"
                    : _lastWasHeading ? UnderHeading[level] : "level 2: a top-level heading";
                output.Add(new HeadingEvent(block.Text, level, block.Span) { Why = new JoinedReason(block.Reason, why) });
                _lastWasHeading = true;
                _lastLevel = level;
                _seenBody = true;
                return;
            case BlockRole.Answer:
                AddBlock(new ParagraphBlock(block.Source.Text, block.Span), output, "an answer prefix outside an FAQ: kept as text");
                return;
            case BlockRole.Content:
                AddBlock(block.Source.Content!, output, block.Reason);
                return;
            default:
                AddBlock(new ParagraphBlock(block.Text, block.Span), output, block.Reason);
                return;
        }
    }

    private static void AddBoilerplate(ClassifiedBlock block, List<ArticleEvent> output) =>
        output.Add(new BoilerplateEvent(new BoilerplateBlock(block.Kind, block.Text, block.Reason.ToString() ?? string.Empty, block.Span)));

    /// <summary>True when a title or paragraph reads as a byline or date line (what stands under an article's own headline).</summary>
    private static bool ReadsAsByline(ClassifiedBlock block) =>
        block.Role is BlockRole.Heading or BlockRole.Paragraph
        && BylineReader.Read(block.Text, ReferenceEquals(block.Text, block.Source.Text) ? block.SourceShape : TextShape.Of(block.Text)) is not null;

    /// <summary>Ends the input: a pending FAQ item is completed.</summary>
    public void Complete(List<ArticleEvent> output) => FlushQuestion(output);

    /// <summary>True when at least one body block or heading was laid out.</summary>
    public bool SeenBody => _seenBody;

    private void AddBlock(Block content, List<ArticleEvent> output, ReasonText reason)
    {
        output.Add(new BlockEvent(content) { Why = reason });
        _lastWasHeading = false;
        _seenBody = true;
    }

    private void OpenFaq(string? heading, SourceSpan span, int level, List<ArticleEvent> output, ReasonText reason)
    {
        output.Add(new FaqStartEvent(heading, span) { Why = reason });
        _inFaq = true;
        _faqLevel = level;
        _lastWasHeading = false;
    }

    /// <summary>Adds a block to the open FAQ; false when the block ends the FAQ and must be laid out as body.</summary>
    private bool AddToFaq(ClassifiedBlock block, List<ArticleEvent> output)
    {
        switch (block.Role)
        {
            case BlockRole.Question:
            case BlockRole.Heading:
            case BlockRole.FaqHeading:
                bool endsFaq = block.InferredLevel
                    ? block.Role != BlockRole.Question && _faqQuestionsMarked && _faqItems + (_question is null ? 0 : 1) > 0
                    : block.Role != BlockRole.Question && _faqLevel > 0 && block.Source.Level <= _faqLevel;
                if (endsFaq)
                {
                    FlushQuestion(output);
                    _inFaq = false;
                    return false;
                }
                FlushQuestion(output);
                _question = block.Text;
                _questionSpan = block.Span;
                _questionReason = block.Reason;
                _faqQuestionsMarked &= block.Role == BlockRole.Question;
                return true;
            case BlockRole.Content:
                if (_question is null) return false;
                _answer.Add(block.Source.Content!.Text);
                return true;
            default:
                if (_question is null) return false;
                _answer.Add(block.Text);
                return true;
        }
    }

    private void FlushQuestion(List<ArticleEvent> output)
    {
        if (_question is null) return;
        output.Add(new FaqItemEvent(new FaqItem(_question, string.Join("\n\n", _answer), _questionSpan))
        {
            Why = new JoinedReason(_questionReason, $"answered by the {_answer.Count} block(s) after it"),
        });
        _faqItems++;
        _question = null;
        _answer.Clear();
    }
}
