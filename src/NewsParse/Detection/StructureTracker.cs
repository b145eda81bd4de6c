using NewsParse.Detection.Cohesion;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>
/// Lays out classified blocks, in order, as events: the headline and byline at the top of a text dump, section
/// headings with their levels, body blocks, the FAQ and boilerplate. Needs to see the block after the current one
/// (to tell a heading from a line with nothing after it). One per document; not thread-safe.
/// </summary>
/// <remarks>
/// Rules: the headline of a text dump is the title-like line right before its first paragraph of prose (after
/// menus, skip links, a kicker; with a standfirst, a byline and a date line between), held until that paragraph comes
/// (see <see cref="DecideHeadline"/>; at most <see cref="MaxOpeningBlocks"/> blocks); a title that opens the input
/// right over running text or a byline is the headline at once, unless it shares few words with the article and has
/// no byline under it (another article's headline); a byline/date line among the first two blocks after it (or the
/// input's first two, without headline) gives the byline and date (<see cref="DumpByline"/>; one block more for the
/// half not yet read; a line of names alone right over a bare date line; a byline label alone over the names), else the nearest byline or date line over
/// the headline (<see cref="MaxDateLinesOver"/>). A heading read from text is level 2, or one deeper than the heading right before it
/// (a heading directly followed by another is its parent), at most 6. A heading of the page is laid out at level 2
/// when no open heading is above it, else at its parent's level plus the distance of their tags (see
/// <see cref="Normalise"/>). A heading of the FAQ lexicon opens the FAQ;
/// in it, questions start items and what follows them is the answer. The FAQ ends at a heading of the FAQ heading's
/// level or above, or at a title without question mark when every question so far had one. A heading of a page whose section
/// holds nothing but boilerplate (up to the next heading of its level or above, or the end) titles that boilerplate
/// ("Das könnte Dich auch interessieren" over a related box), and is set apart with it: headings are held until the
/// first block that is not boilerplate, at most <see cref="MaxHeldBlocks"/> blocks. A label line ("Kontakt:") directly
/// over boilerplate other than a list of links (which may be the article's own sources), and a short title-like
/// paragraph of a page over links, belong to it too; a label over a byline or date line ("Von:" "Götz Warnke", "Release Date:" "Thursday, 28 April
/// 2022") is set apart with that line. A heading HTML markup sets apart without a tag (its level
/// inferred) ends the FAQ above the FAQ heading's level, or as a title of a text dump does. An FAQ item is a
/// question (<see cref="QuestionText"/>): a heading that reads as a statement ends the FAQ ("Fazit" after the
/// questions). An FAQ read from FAQ markup (<see cref="SourceBlock.InFaq"/>) ends at the first block of the page
/// outside that markup, so its last answer does not swallow the text after it. A question with no answer is no FAQ
/// item: it is kept as body text.
/// </remarks>
internal sealed class StructureTracker(bool inferHeadline)
{
    private const int MaxInferredLevel = 6;

    /// <summary>Most boilerplate blocks held after a heading while its section may prove empty; past them the heading is laid out as one.</summary>
    public const int MaxHeldBlocks = 64;

    /// <summary>Most words of a heading that may title the boilerplate after it (a longer one, or one that is not title-like, is text set in heading markup).</summary>
    public const int MaxHeldTitleWords = 12;

    /// <summary>Most words of a label line ("Weitere Informationen:") read as the title of what follows it.</summary>
    public const int MaxLabelWords = 6;

    /// <summary>Why an inferred heading has its level, by level (written once, not for every heading).</summary>
    private static readonly string[] UnderHeading = [.. Enumerable.Range(0, MaxInferredLevel + 1).Select(level => $"level {level}: directly under the heading before it")];

    /// <summary>Why a page heading has another level than its tag's, by the tag's level.</summary>
    private static readonly string[] NormalisedFrom = [.. Enumerable.Range(0, MaxInferredLevel + 1).Select(level => $"a level-{level} heading of the page, its level normalised: a top-level section is level 2, a subsection keeps its depth below its parent")];

    /// <summary>The open headings, outermost first: the level the input gave and the level laid out.</summary>
    private readonly List<(int Given, int Level)> _openHeadings = [];

    private bool _seenBody;
    private bool _headlineDone = !inferHeadline;
    private int _bylineChances;
    private bool _bylineRead, _dateRead;   // the byline, the date, read at the top of a text dump
    private ClassifiedBlock? _above;       // a byline or date line over the headline, read for the byline and date the lines under it do not give
    private bool _aboveAdjacent;           // _above stands right over the headline (nothing between)
    private string? _bylineLabel;          // a byline label alone on its line in the byline window ("By"), the names on the next

    /// <summary>Most blocks of a text dump held while its headline is undecided (menus, share bars, a byline...); past them the oldest is laid out, no longer a candidate.</summary>
    public const int MaxOpeningBlocks = 64;

    /// <summary>Most blocks other than boilerplate between a text dump's headline and its first paragraph of prose: a standfirst, a byline, a date line, a caption.</summary>
    public const int MaxLeadBlocks = 6;

    /// <summary>Most blocks between the input's first line and its first paragraph of prose for that line to be the headline without a topic term in common with the paragraph (the old rule: the title that opens the input).</summary>
    public const int MaxFirstGap = 3;

    /// <summary>Fewest words of running text that shows a text dump opens with the article: the first block, or the block right under the first line (then its headline).</summary>
    public const int MinRunningWords = 10;

    /// <summary>Fewest words of the paragraph of prose that decides a text dump's headline (the article's first paragraph).</summary>
    public const int MinProseWords = 20;

    /// <summary>The blocks of a text dump held until its first paragraph of prose decides the headline, each with the block after it.</summary>
    private readonly List<(ClassifiedBlock Block, ClassifiedBlock? Next)> _opening = [];
    private int _openingLead;           // the held blocks that are not boilerplate
    private bool _openingReleased;      // a block of the opening was laid out before the headline was decided
    private bool _lastWasHeading;
    private int _lastLevel = 1;

    private bool _inFaq;
    private int _faqLevel;
    private bool _faqQuestionsMarked = true;
    private bool _faqQuestionsAsked = true;   // every question of the FAQ so far ends with a question mark
    private int _faqItems;
    private bool _faqMarkup;
    private string? _question;
    private SourceSpan _questionSpan;
    private ReasonText _questionReason = string.Empty;
    private readonly List<string> _answer = [];
    private List<Inline>? _answerRuns;   // the runs of the answer's blocks, offsets into the joined answer (null: plain)

    private ClassifiedBlock? _bylineOf;             // the block last read by ReadByline, and what it read
    private (string? Byline, string? Published)? _bylineFound;
    private ClassifiedBlock? _heldHeading;          // a heading whose section has shown only boilerplate so far
    private readonly List<ClassifiedBlock> _heldAfter = [];
    private string? _withLabel;                     // the reason for the next block, the value of a label just set apart
    private bool _inComments;                // a text dump's comment section (see TextCommentGroups)
    private (string? Author, string? Published, SourceSpan Span)? _comment;
    private readonly List<string> _commentText = [];
    private long _commentEnd;

    /// <summary>Lays out <paramref name="block"/>; <paramref name="next"/> is the block after it, or null at the end of the input.</summary>
    public void Add(ClassifiedBlock block, ClassifiedBlock? next, List<ArticleEvent> output)
    {
        if (!_headlineDone)
        {
            HoldOpening(block, next, output);
            return;
        }
        Lay(block, next, output);
    }

    /// <summary>
    /// Holds a block of a text dump whose headline is undecided; the first paragraph of prose (<see cref="IsProse"/>)
    /// decides it (<see cref="DecideHeadline"/>). At most <see cref="MaxOpeningBlocks"/> blocks, of which at most
    /// <see cref="MaxLeadBlocks"/> + 2 are not boilerplate (the lead, the headline and a line over it), are held: past
    /// them the oldest is laid out as it is, no longer a candidate.
    /// </summary>
    private void HoldOpening(ClassifiedBlock block, ClassifiedBlock? next, List<ArticleEvent> output)
    {
        if (IsProse(block) || _openingLead == 0 && !_openingReleased && IsRunningText(block))
        {
            // the first paragraph of prose decides; running text that opens the input is the article, without headline
            DecideHeadline(block, output);
            Lay(block, next, output);
            return;
        }
        if (_opening.Count == 1 && !_openingReleased && IsTitleCandidate(_opening[0].Block, _opening[0].Next)
            && (IsRunningText(block) || ReadsAsBylineOnce(block) && ReadByline(block)?.Byline is not null))
        {
            // A title that opens the input right over running text or a byline is the headline (the article comes first).
            // Over a date alone it may be a page's first line over the day's date ("Zum Inhalt springen" over "18. Februar
            // 2020"): the first paragraph of prose decides then, the title still the headline when it stands right over it.
            Open(0, output);
            Add(block, next, output);
            return;
        }
        _opening.Add((block, next));
        if (block.Role != BlockRole.Boilerplate) _openingLead++;
        while (_opening.Count > MaxOpeningBlocks || _openingLead > MaxLeadBlocks + 2)
        {
            var (oldest, after) = _opening[0];
            _opening.RemoveAt(0);
            if (oldest.Role != BlockRole.Boilerplate) _openingLead--;
            _openingReleased = true;
            Lay(oldest, after, output);
        }
    }

    /// <summary>A paragraph of at least <see cref="MinRunningWords"/> words that ends as a sentence (not a skip link, a search prompt or a site's motto).</summary>
    private static bool IsRunningText(ClassifiedBlock block) =>
        block.Role == BlockRole.Paragraph && block.SourceShape.Words >= MinRunningWords && (block.SourceShape.EndsSentence || block.SourceShape.SentenceBreaks > 0);

    /// <summary>A paragraph of running text of at least <see cref="MinProseWords"/> words that ends as a sentence: the article has begun.</summary>
    private static bool IsProse(ClassifiedBlock block) =>
        block.Role == BlockRole.Paragraph && block.SourceShape.Words >= MinProseWords && (block.SourceShape.EndsSentence || block.SourceShape.SentenceBreaks > 0);

    /// <summary>
    /// Decides the headline of a text dump from the blocks held before <paramref name="prose"/>, its first paragraph of
    /// prose (null: the input ended first), and lays them out. The headline is the title-like line nearest before the
    /// paragraph, with at most <see cref="MaxLeadBlocks"/> other blocks (a standfirst, a byline, a date line) and any
    /// boilerplate between; of two titles one over the other (a kicker and the title, the title and a subtitle), the
    /// one that shares more topic terms with the paragraph, else the longer. It must show it is the article's: a byline
    /// or date line under it, topic terms it shares with the paragraph, or its place as the input's first line (the old
    /// rule: a title that opens the input). A line of menus, a skip link or a login word has none of these and is not
    /// the headline: null is better than wrong. The byline and date are read in the two blocks under the headline, or,
    /// without headline, in the input's first two blocks.
    /// </summary>
    private void DecideHeadline(ClassifiedBlock? prose, List<ArticleEvent> output)
    {
        _headlineDone = true;
        int headline = -1, best = 0, between = 0, lead = 0;
        bool bestByline = false;
        Term[]? proseTerms = null;   // read once a candidate needs them (a dump that opens with its article has none)
        for (int i = _opening.Count - 1; i >= 0 && prose is not null; i--, between++)
        {
            var (block, next) = _opening[i];
            if (block.Role == BlockRole.Boilerplate) continue;
            if (IsTitleCandidate(block, next))
            {
                // The candidate with the most topic terms in common with the paragraph, then one with a byline under it,
                // then the longer. One that shares none is no headline, unless it is the input's first line right over
                // the article (at most MaxFirstGap blocks between: a byline, a date line); nor is one with no topic word at all ("4", "»").
                var own = Terms.Of(block.Text);
                bool first = i == 0 && !_openingReleased && between <= MaxFirstGap;
                if (first && headline < 0 && own.Length > 0)
                {
                    headline = i;   // the only candidate, the input's first line over the article: no words to weigh
                    break;
                }
                bool byline = next is not null && ReadsAsBylineOnce(next);
                proseTerms ??= Terms.Of(prose.Text);
                int shared = own.Length == 0 ? 0 : first ? Math.Max(1, SharedTerms(own, proseTerms)) : SharedTerms(own, proseTerms);
                if (shared > best || shared == best && shared > 0 && (byline && !bestByline
                    || byline == bestByline && block.SourceShape.Words > _opening[headline].Block.SourceShape.Words))
                {
                    (headline, best, bestByline) = (i, shared, byline);
                }
            }
            if (++lead > MaxLeadBlocks) break;
        }
        if (prose is null && _opening.Count > 1 && !_openingReleased && IsTitleCandidate(_opening[0].Block, _opening[0].Next)
            && _opening[1].Block.Role != BlockRole.Heading)
            headline = 0;   // the input ended before any prose: a title that opens it over a line of text is the headline
        Open(headline, output);
    }

    /// <summary>Lays out the held opening with the block at <paramref name="headline"/> (-1: none) as the headline; the byline is read in the two blocks after it, or, without headline, in the input's first two (when none was laid out before).</summary>
    private void Open(int headline, List<ArticleEvent> output)
    {
        _headlineDone = true;
        bool first = headline == 0 && !_openingReleased;
        if (headline < 0 && !_openingReleased) _bylineChances = 2;
        _above = headline > 0 ? DateLineOver(headline) : null;
        _aboveAdjacent = _above is not null && ReferenceEquals(_above, _opening[headline - 1].Block);
        for (int i = 0; i < _opening.Count; i++)
        {
            var (block, next) = _opening[i];
            if (i == headline)
            {
                output.Add(new MetadataEvent(MetadataField.Headline, block.Text, block.Span) { Reason = i == 0 && first ? "the title that opens the input" : "the title right before the article's first paragraph" });
                _bylineChances = 2;
                continue;
            }
            Lay(block, next, output);
        }
        _opening.Clear();
        _openingLead = 0;
    }

    /// <summary>Most blocks other than boilerplate over a text dump's headline read for its date line (a kicker may stand between: "06.11.2023" over "Stadt eröffnet Nordpark-Anlage" over the title).</summary>
    public const int MaxDateLinesOver = 2;

    /// <summary>The nearest held block over the headline at <paramref name="headline"/> that reads as a byline or date line (<see cref="ReadTop"/>), among the <see cref="MaxDateLinesOver"/> nearest that are not boilerplate (boilerplate between is passed over); null when none.</summary>
    private ClassifiedBlock? DateLineOver(int headline)
    {
        for (int i = headline - 1, seen = 0; i >= 0 && seen < MaxDateLinesOver; i--)
        {
            var block = _opening[i].Block;
            if (ReadTop(block) is not null) return block;
            if (block.Role != BlockRole.Boilerplate) seen++;
        }
        return null;
    }

    /// <summary>
    /// True when a held block may be a text dump's headline: a title-like line of the text (a heading, a question, or
    /// another article's title when a byline follows it) that does not read as a byline or date line.
    /// </summary>
    private bool IsTitleCandidate(ClassifiedBlock block, ClassifiedBlock? next) =>
        (block.InferredLevel || block.Source.Level == 1) && block.SourceShape.IsTitleLike && ReferenceEquals(block.Text, block.Source.Text) && block.SourceShape.Words > 0
        && (block.Role is BlockRole.Heading or BlockRole.Question || block.Role == BlockRole.OffTopicTitle && next is not null && ReadsAsByline(next))
        && ReadByline(block) is null;

    /// <summary>The distinct topic terms of <paramref name="block"/> that <paramref name="terms"/> holds.</summary>
    private static int SharedTerms(ClassifiedBlock block, Term[] terms) => SharedTerms(Terms.Of(block.Text), terms);

    /// <summary>The distinct terms of <paramref name="own"/> that <paramref name="terms"/> holds.</summary>
    private static int SharedTerms(Term[] own, Term[] terms)
    {
        int shared = 0;
        for (int i = 0; i < own.Length; i++)
        {
            if (Array.IndexOf(own, own[i]) == i && Array.IndexOf(terms, own[i]) >= 0) shared++;
        }
        return shared;
    }

    /// <summary>The byline/date line <paramref name="block"/> reads as (<see cref="BylineReader"/>), read once per block: the opening asks of the same block more than once.</summary>
    private (string? Byline, string? Published)? ReadByline(ClassifiedBlock block)
    {
        if (!ReferenceEquals(block, _bylineOf))
        {
            _bylineOf = block;
            _bylineFound = block.Role is BlockRole.Heading or BlockRole.Paragraph or BlockRole.OffTopicTitle or BlockRole.Question
                ? DumpByline.Read(block.Text, ReferenceEquals(block.Text, block.Source.Text) ? block.SourceShape : TextShape.Of(block.Text))
                : null;
        }
        return _bylineFound;
    }

    /// <summary>
    /// The byline/date line a block at the top of a text dump reads as (<see cref="ReadByline"/>): a title or a
    /// paragraph, or a line the table-of-contents rule took because the same line comes back further down (a date, an
    /// author's name the page repeats under the article). Null for any other block.
    /// </summary>
    private (string? Byline, string? Published)? ReadTop(ClassifiedBlock block) =>
        block.Role != BlockRole.Boilerplate ? ReadByline(block)
        : block.Kind == BoilerplateKind.TableOfContents && ReferenceEquals(block.Text, block.Source.Text) ? DumpByline.Read(block.Text, block.SourceShape) : null;

    /// <summary>True when a block at the top of a text dump is a date line without author (<see cref="ReadTop"/>).</summary>
    private bool IsDateLine(ClassifiedBlock block) => ReadTop(block) is { Byline: null, Published: not null };

    /// <summary>Adds the byline and date read at the top of a text dump, each unless read before.</summary>
    private void AddByline((string? Byline, string? Published) found, SourceSpan span, string where, List<ArticleEvent> output)
    {
        if (found.Byline is { } author && !_bylineRead)
        {
            _bylineRead = true;
            output.Add(new MetadataEvent(MetadataField.Byline, author, span) { Reason = where == "top" ? "the byline at the top" : "the byline " + where });
            foreach (var name in AuthorNames.Read(author, marked: false)?.Names ?? []) output.Add(new MetadataEvent(MetadataField.Author, name, span) { Reason = "one of the byline's names" });
        }
        if (found.Published is { } date && !_dateRead)
        {
            _dateRead = true;
            output.Add(new MetadataEvent(MetadataField.Published, date, span) { Reason = where == "top" ? "the date line at the top" : "the date line " + where });
        }
    }

    /// <summary>Once the lines under a text dump's headline are read: the byline and date they did not give, from a date or byline line over the headline (<see cref="DateLineOver"/>; the author only when labelled and right over the title).</summary>
    private void CloseBylineWindow(List<ArticleEvent> output)
    {
        _bylineChances = 0;
        if (_above is not { } above) return;
        _above = null;
        // over the title, a section's name or a kicker beside the date is as common as an author: only a labelled one
        // ("von Jane Doe") right over the title is read; further up only the date (a user or the blog's name "Gespeichert von human")
        if (ReadTop(above) is { } found)
            AddByline(found.Byline is null || _aboveAdjacent && AuthorNames.Read(above.Text, marked: false) is { Labelled: true } ? found : (null, found.Published), above.Span, "over the headline", output);
    }

    /// <summary>True when a title or paragraph reads as a byline or date line (memoised: see <see cref="ReadByline"/>).</summary>
    private bool ReadsAsBylineOnce(ClassifiedBlock block) => block.Role is BlockRole.Heading or BlockRole.Paragraph && ReadByline(block) is not null;

    /// <summary>
    /// Reads a block of a text dump's byline window (<see cref="ReadTop"/>): a byline or date line, or a line of names
    /// alone (<see cref="DumpByline.NameLine"/>) right over a line that is a date and nothing else (<see cref="DumpByline.IsBareDate"/>). Adds what it gives that was
    /// not read before; false when it gives nothing new (the block is laid out).
    /// </summary>
    private bool ReadAtTop(ClassifiedBlock block, ClassifiedBlock? next, List<ArticleEvent> output)
    {
        if (_bylineLabel is { } label)
        {
            // the names under a byline label alone on its line ("By" over "Ariel H", "Von" over "Claus Boelen-Theile")
            _bylineLabel = null;
            if (!_bylineRead && AuthorNames.Read(string.Concat(label, " ", block.Text), marked: false) is { Labelled: true } labelled)
            {
                AddByline((labelled.Line, null), block.Span, "top", output);
                if (!_dateRead) _bylineChances = Math.Max(_bylineChances, 1);
                return true;
            }
        }
        if (ReadTop(block) is { } found)
        {
            if (found.Byline is not null && _bylineRead || found.Published is not null && _dateRead) return false;
            AddByline(found, block.Span, "top", output);
            // a byline without date, or a date without byline, may have its other half on the next line ("By Jane Doe" over "March 4, 2025")
            if (_bylineRead != _dateRead) _bylineChances = Math.Max(_bylineChances, 1);
            return true;
        }
        if (!_bylineRead && next is not null && block.Role != BlockRole.Boilerplate && AuthorNames.IsOnlyLabel(block.Text))
        {
            _bylineLabel = block.Text.TrimEnd(':', '：', ' ');
            _bylineChances = Math.Max(_bylineChances, 1);
            return false;   // laid out as it is (a label over a byline is set apart with it: TitleOf)
        }
        if (_bylineRead || next is null || !ReferenceEquals(block.Text, block.Source.Text) || DumpByline.NameLine(block.Text, block.SourceShape) is not { } names
            || !IsDateLine(next) || !DumpByline.IsBareDate(next.Text)) return false;
        AddByline((names, null), block.Span, "over the date line at the top", output);
        return true;
    }

    /// <summary>Lays out <paramref name="block"/> once the headline is decided (or held blocks, as the headline is decided).</summary>
    private void Lay(ClassifiedBlock block, ClassifiedBlock? next, List<ArticleEvent> output)
    {
        if (_heldHeading is not null)
        {
            if (block.Role == BlockRole.Boilerplate && _heldAfter.Count < MaxHeldBlocks)
            {
                _heldAfter.Add(block);
                return;
            }
            ReleaseHeading(empty: block.Role != BlockRole.Boilerplate && _heldAfter.Count > 0 && ClosesSection(_heldHeading, block), output);
        }
        if (_withLabel is { } label)
        {
            _withLabel = null;
            if (_bylineLabel is not null && _bylineChances > 0) ReadAtTop(block, next, output);
            AddBoilerplate(block, BoilerplateKind.Other, label, output);
            return;
        }
        if (inferHeadline && AddToComments(block, next, output)) return;
        if (block.Role == BlockRole.Boilerplate)
        {
            // a date or an author's name under the headline that the page repeats further down (a contents entry by that rule) is still the byline
            if (_bylineChances > 0 && block.Kind == BoilerplateKind.TableOfContents && ReadAtTop(block, next, output)) return;
            AddBoilerplate(block, output);
            return;
        }

        if (_bylineChances > 0 && block.Role is BlockRole.Heading or BlockRole.Paragraph or BlockRole.OffTopicTitle)
        {
            // The byline is one of the first two blocks after the headline (or, in a dump that opens with the article, of
            // the input); the author and the date may stand on two lines ("By Jane Doe" over "March 4, 2025"), the
            // author's name alone over or under the date line ("Edward Russell" over "October 13, 2020").
            _bylineChances--;
            if (ReadAtTop(block, next, output))
            {
                if (_bylineRead && _dateRead || _bylineChances == 0) CloseBylineWindow(output);
                return;
            }
            if (_bylineChances == 0) CloseBylineWindow(output);
        }
        else if (_bylineChances > 0 && block.Role != BlockRole.Boilerplate)
        {
            _bylineChances--;
            if (_bylineChances == 0) CloseBylineWindow(output);
        }

        if (_inFaq && AddToFaq(block, output)) return;

        if (block.Role == BlockRole.Paragraph && next is not null && TitleOf(block, next) is { } over)
        {
            AddBoilerplate(block, over.Kind, over.Reason, output);
            if (over.WithNext) _withLabel = "a byline or date line after its label";
            return;
        }

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
                // A title of a page (not a paragraph set in heading markup) is held until its section shows a block that is
                // not boilerplate (see ReleaseHeading). Not in a text dump: there the boilerplate under a title is told by its
                // words alone, and a title of the article over a list or contact line the detectors took would go with them.
                if (block.Source.FromHtml && block.SourceShape.IsTitleLike && block.SourceShape.Words <= MaxHeldTitleWords)
                {
                    _heldHeading = block;
                    return;
                }
                AddHeading(block, output);
                return;
            case BlockRole.Answer:
                AddBlock(new ParagraphBlock(block.Source.Text, block.Span) { Inlines = block.Source.Inlines }, output, "an answer prefix outside an FAQ: kept as text");
                return;
            case BlockRole.Content:
                AddBlock(block.Source.Content!, output, block.Reason);
                return;
            default:
                // the runs are offsets into the source's text: kept only when the paragraph is that text
                AddBlock(new ParagraphBlock(block.Text, block.Span) { Inlines = block.Text == block.Source.Text ? block.Source.Inlines : null }, output, block.Reason);
                return;
        }
    }

    /// <summary>
    /// The level a heading is laid out at: a heading with no open heading above it (every open one is of its level
    /// or deeper) is a top-level section, level 2, whatever its tag; one inside an open heading keeps the distance
    /// the input gives between them (an h4 under an h2 laid out at 2 is 4), at most 6. So the shallowest heading of
    /// the body is level 2, and levels nest as the input's do.
    /// </summary>
    private int Normalise(int given)
    {
        while (_openHeadings.Count > 0 && _openHeadings[^1].Given >= given) _openHeadings.RemoveAt(_openHeadings.Count - 1);
        int level = _openHeadings.Count == 0 ? 2 : Math.Min(_openHeadings[^1].Level + given - _openHeadings[^1].Given, MaxInferredLevel);
        _openHeadings.Add((given, level));
        return level;
    }

    private static void AddBoilerplate(ClassifiedBlock block, List<ArticleEvent> output) =>
        output.Add(new BoilerplateEvent(new BoilerplateBlock(block.Kind, block.Text, block.Reason.ToString() ?? string.Empty, block.Span)));

    private static void AddBoilerplate(ClassifiedBlock block, BoilerplateKind kind, string reason, List<ArticleEvent> output) =>
        output.Add(new BoilerplateEvent(new BoilerplateBlock(kind, block.Source.Text, reason, block.Span)));

    /// <summary>Lays out a heading as one (its level from the page, or inferred from the heading before it).</summary>
    private void AddHeading(ClassifiedBlock block, List<ArticleEvent> output)
    {
        int given = block.InferredLevel ? (_lastWasHeading ? Math.Min(_lastLevel + 1, MaxInferredLevel) : 2) : block.Source.Level;
        int level = Normalise(given);
        var origin = block.InferredLevel ? HeadingOrigin.TextLine : block.Source.HeadingReason is null ? HeadingOrigin.Tag : HeadingOrigin.Markup;
        ReasonText why = origin switch
        {
            HeadingOrigin.Tag => new JoinedReason(block.Reason, level == given ? "level from the page" : NormalisedFrom[given]),
            HeadingOrigin.Markup => level == given ? block.Reason : new JoinedReason(block.Reason, NormalisedFrom[given]),
            _ => new JoinedReason(block.Reason, _lastWasHeading ? UnderHeading[level] : "level 2: a top-level heading"),
        };
        output.Add(new HeadingEvent(block.Text, level, block.Span) { Why = why, Origin = origin });
        _lastWasHeading = true;
        _lastLevel = level;
        _seenBody = true;
    }

    /// <summary>
    /// True when <paramref name="next"/>, the first block after the held <paramref name="heading"/> and its boilerplate
    /// that is not boilerplate, ends the heading's section: a heading of the page of its level or above (a heading read
    /// from text is never closed so: the next one is read as its child).
    /// </summary>
    private static bool ClosesSection(ClassifiedBlock heading, ClassifiedBlock next) =>
        next.Role == BlockRole.Heading && !heading.InferredLevel && !next.InferredLevel && next.Source.Level <= heading.Source.Level;

    /// <summary>
    /// Lays out the held heading and the boilerplate held after it: as a heading, or, when its section is
    /// <paramref name="empty"/> (boilerplate and nothing else up to a heading that closes it, or the end), as the title of that
    /// boilerplate, of its kind when the first block after it is a kind that comes with a title (related links, navigation, tags, comments, an author box).
    /// </summary>
    private void ReleaseHeading(bool empty, List<ArticleEvent> output)
    {
        var heading = _heldHeading!;
        _heldHeading = null;
        if (!empty)
        {
            AddHeading(heading, output);
        }
        else
        {
            var kind = _heldAfter[0].Kind is BoilerplateKind.RelatedLink or BoilerplateKind.Navigation or BoilerplateKind.Tags or BoilerplateKind.Comments or BoilerplateKind.AuthorBox
                ? _heldAfter[0].Kind : BoilerplateKind.Other;
            AddBoilerplate(heading, kind, "a title over nothing but boilerplate", output);
        }
        foreach (var after in _heldAfter) AddBoilerplate(after, output);
        _heldAfter.Clear();
    }

    /// <summary>
    /// When the paragraph <paramref name="block"/> is the title of <paramref name="next"/>: a label line closed by a
    /// colon ("Kontakt:") directly over boilerplate that is not a list of links, or a short title-like paragraph of a
    /// page (no label) over links (it takes that boilerplate's kind); or a label of a few words over a byline or date line ("Von:" over
    /// a name, "Release Date:" over a date), which goes with it (WithNext). Null otherwise.
    /// </summary>
    private static (BoilerplateKind Kind, string Reason, bool WithNext)? TitleOf(ClassifiedBlock block, ClassifiedBlock next)
    {
        var shape = block.SourceShape;
        if (shape.Words > MaxLabelWords || shape.SentenceBreaks > 0) return null;
        var text = block.Source.Text;
        bool label = text[^1] is ':' or '：';
        if (next.Role == BlockRole.Boilerplate)
        {
            // A label over a list of links may be the article pointing to its sources ("Lesen Sie dazu auch die
            // Pressemitteilungen:", "Quellen:"): links alone do not make it a box's title. Over contact details, tags or a
            // promotion it is that furniture's label.
            if (label) return next.Kind is BoilerplateKind.RelatedLink or BoilerplateKind.Navigation ? null : (next.Kind, "a label over the boilerplate after it", false);
            // Not itself a link: a link over links is one more of them, or the article's last line over the page's links.
            if (block.Source.FromHtml && shape.IsTitleLike && !block.Source.IsLinkOnly && block.Source.LinkDensity < 0.5
                && next.Kind is BoilerplateKind.RelatedLink or BoilerplateKind.Navigation)
                return (next.Kind, "a short title over the links after it", false);
            return null;
        }
        if (!label || shape.Words > 3 || next.Role != BlockRole.Paragraph || next.SourceShape.Words > 12) return null;
        var joined = string.Concat(text.AsSpan(0, text.Length - 1), " ", next.Text);
        if (BylineReader.Read(joined, TextShape.Of(joined)) is not null)
            return (BoilerplateKind.Other, "the label of the byline or date line after it", true);
        return null;
    }

    /// <summary>True when a title or paragraph reads as a byline or date line (what stands under an article's own headline).</summary>
    private static bool ReadsAsByline(ClassifiedBlock block) =>
        block.Role is BlockRole.Heading or BlockRole.Paragraph
        && BylineReader.Read(block.Text, ReferenceEquals(block.Text, block.Source.Text) ? block.SourceShape : TextShape.Of(block.Text)) is not null;

    /// <summary>Ends the input: a held heading has nothing but boilerplate after it; a pending FAQ item and a pending comment are completed.</summary>
    public void Complete(List<ArticleEvent> output)
    {
        if (!_headlineDone) DecideHeadline(null, output);
        if (_bylineChances > 0) CloseBylineWindow(output);
        if (_heldHeading is not null) ReleaseHeading(empty: true, output);
        FlushQuestion(output);
        FlushComment(output);
    }

    /// <summary>
    /// A text dump's comment section: a title naming the comments with a comment's header line after it opens it (the
    /// title is comments boilerplate); then a header line starts a comment and the paragraphs after it are its text; a
    /// heading that is no header line ends it. False when the block is not the section's.
    /// </summary>
    private bool AddToComments(ClassifiedBlock block, ClassifiedBlock? next, List<ArticleEvent> output)
    {
        if (!_inComments)
        {
            if (block.Role is not (BlockRole.Heading or BlockRole.Paragraph or BlockRole.Boilerplate or BlockRole.OffTopicTitle) || next is null
                || !TextCommentGroups.IsTitle(block.Text) || TextCommentGroups.Header(next.Text) is null) return false;
            FlushQuestion(output);
            _inFaq = false;
            _inComments = true;
            output.Add(new BoilerplateEvent(new BoilerplateBlock(BoilerplateKind.Comments, block.Text, "the title of the comment section, a commenter's line after it", block.Span)));
            return true;
        }
        if (TextCommentGroups.Header(block.Text) is { } header)
        {
            FlushComment(output);
            _comment = (header.Author, header.Published, block.Span);
            _commentEnd = block.Span.Start + block.Span.Length;
            return true;
        }
        if (block.Role == BlockRole.Boilerplate)
        {
            AddBoilerplate(block, output);
            return true;
        }
        // a heading with no commenter's line after it ends the section (a short comment may read as a title: not when a commenter's line follows)
        if (_comment is null || block.Role is BlockRole.Heading or BlockRole.FaqHeading && _commentText.Count > 0 && (next is null || TextCommentGroups.Header(next.Text) is null))
        {
            FlushComment(output);
            _inComments = false;
            return false;
        }
        _commentText.Add(block.Text);
        _commentEnd = block.Span.Start + block.Span.Length;
        return true;
    }

    private void FlushComment(List<ArticleEvent> output)
    {
        if (_comment is not { } comment) return;
        _comment = null;
        if (_commentText.Count == 0) return;
        var span = new SourceSpan(comment.Span.Start, (int)Math.Max(0, _commentEnd - comment.Span.Start));
        output.Add(new CommentEvent(new Comment(string.Join("\n\n", _commentText), comment.Author, comment.Published, 0, span)) { Reason = "a commenter's line and the text after it, in the comment section" });
        _commentText.Clear();
    }

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
        bool opened = _question is not null || _faqItems > 0;
        // FAQ markup read so far: the first block of the page outside it ends the FAQ
        if (block.Source.InFaq) _faqMarkup = true;
        else if (_faqMarkup && opened && block.Source.FromHtml || block.Role == BlockRole.Heading && !QuestionText.IsQuestion(block.Text))
        {
            FlushQuestion(output);
            _inFaq = false;
            _faqMarkup = false;
            return false;
        }
        switch (block.Role)
        {
            case BlockRole.Question:
            case BlockRole.Heading:
            case BlockRole.FaqHeading:
                bool asked = _faqItems + (_question is null ? 0 : 1) > 0;
                bool endsFaq = block.InferredLevel
                    ? block.Role != BlockRole.Question && _faqQuestionsMarked && asked
                    : block.Source.HeadingReason is not null
                        // a heading no tag marks has a level inferred too: it ends the FAQ above the FAQ's level, or
                        // when it asks nothing after questions that all did
                        ? block.Role != BlockRole.Question && ((_faqLevel > 0 && block.Source.Level < _faqLevel)
                            || (!block.SourceShape.IsQuestion && _faqQuestionsAsked && asked))
                        : block.Role != BlockRole.Question && _faqLevel > 0 && block.Source.Level <= _faqLevel;
                if (endsFaq)
                {
                    FlushQuestion(output);
                    _inFaq = false;
                    _faqMarkup = false;
                    return false;
                }
                FlushQuestion(output);
                _question = block.Text;
                _questionSpan = block.Span;
                _questionReason = block.Reason;
                _faqQuestionsMarked &= block.Role == BlockRole.Question;
                _faqQuestionsAsked &= block.SourceShape.IsQuestion || block.Role == BlockRole.Question;
                return true;
            case BlockRole.Content:
                if (_question is null) return false;
                _answer.Add(block.Source.Content!.Text);
                return true;
            default:
                if (_question is null) return false;
                AddAnswerRuns(block.Text == block.Source.Text ? block.Source.Inlines : null);
                _answer.Add(block.Text);
                return true;
        }
    }

    private void FlushQuestion(List<ArticleEvent> output)
    {
        if (_question is null) return;
        if (_answer.Count == 0)
        {
            // a question nothing answers is no FAQ item (a teaser, a title): kept as body text
            output.Add(new BlockEvent(new ParagraphBlock(_question, _questionSpan)) { Why = new JoinedReason(_questionReason, "no answer after it: kept as text") });
            _seenBody = true;
            _question = null;
            return;
        }
        output.Add(new FaqItemEvent(new FaqItem(_question, string.Join("\n\n", _answer), _questionSpan) { Inlines = _answerRuns })
        {
            Why = new JoinedReason(_questionReason, $"answered by the {_answer.Count} block(s) after it"),
        });
        _faqItems++;
        _question = null;
        _answer.Clear();
        _answerRuns = null;
    }

    /// <summary>Adds the runs of the answer's next block (offsets into its text) at where that text will stand in the joined answer.</summary>
    private void AddAnswerRuns(IReadOnlyList<Inline>? runs)
    {
        if (runs is null) return;
        int offset = 0;
        foreach (var piece in _answer) offset += piece.Length + 2;   // each piece and the blank line after it
        _answerRuns ??= [];
        foreach (var run in runs) _answerRuns.Add(offset == 0 ? run : run with { Start = run.Start + offset });
    }
}
