using System.Globalization;
using NewsParse.Text;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;
using NewsParse.Reading;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A headline or teaser of another article: a short line introduced by "Also read", "Related" and the like; or a
/// title-like line (or a link standing alone in HTML) that shares few of its words with the article around it.
/// A real section heading names what its section and the article talk about; an injected headline does not.
/// </summary>
internal static class RelatedLinkDetector
{
    /// <summary>Below this cohesion a title-like line is another article's headline.</summary>
    public const double MaxCohesion = 0.3;

    /// <summary>Fewest distinct topic terms a line needs before its cohesion is trusted (short headings such as "Background" are kept).</summary>
    public const int MinTerms = 4;

    /// <summary>Fewest paragraph-like blocks in the window before cohesion is trusted.</summary>
    public const int MinContextParagraphs = 3;

    /// <summary>
    /// Below this cohesion the title-like line that opens a text dump is another article's headline, not the article's
    /// own (lower than <see cref="MaxCohesion"/>: an article's own title shares its topic words, but fewer of them
    /// than a section heading does; on the 50 bodies of the text evaluation own titles score 0.25 and above, other
    /// articles' headlines below 0.2 in 97% of cases).
    /// </summary>
    public const double MaxOpeningCohesion = 0.2;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        var prefix = RelatedLexicon.Prefixes.FindPrefix(c.Words);
        if (prefix is not null && ((c.Shape.Words <= 30 && (c.Shape.IsTitleLike || FollowedBySeparator(c.Lower, prefix) || c.Block.IsLinkOnly))
            || c.Block.LinkDensity >= 0.5))
            return new BoilerplateVerdict(BoilerplateKind.RelatedLink, $"introduced by \"{prefix}\"");

        bool candidate = c.Block.Kind == SourceBlockKind.TextLine
            ? c.Shape.IsTitleLike && !c.Shape.IsQuestion
            : c.Block.IsLinkOnly && c.Shape.Words <= 30;
        // The first line of the input is where a headline stands: it is not judged by cohesion.
        if (!candidate || c.ContextParagraphs < MinContextParagraphs || c.Index == 0) return null;
        var (cohesion, terms) = c.Cohesion();
        if (terms < MinTerms && !(c.Block.IsLinkOnly && terms >= 2)) return null;
        double limit = c.Block.IsLinkOnly ? 0.5 : MaxCohesion;
        // A line that carries a full date is a dateline or byline, not the headline of another article.
        return cohesion < limit && DateReader.Find(c.Block.Text) is null
            ? new BoilerplateVerdict(BoilerplateKind.RelatedLink,
                string.Create(CultureInfo.InvariantCulture, $"{(c.Block.IsLinkOnly ? "a link standing alone" : "a title-like line")} that shares few words with the article (cohesion {cohesion:0.00} over {terms} terms)"))
            : null;
    }

    /// <summary>
    /// For the title-like line that opens a text dump (which the structure reads as the headline): the verdict that
    /// files it as another article's headline when it shares few words with the article after it, or null. The
    /// structure applies it only when the line after it is not a byline (a title over a byline is the headline).
    /// </summary>
    public static BoilerplateVerdict? AsOpeningLine(DetectionContext c)
    {
        if (c.Index != 0 || c.Block.Kind != SourceBlockKind.TextLine || !c.Shape.IsTitleLike || c.Shape.IsQuestion
            || c.ContextParagraphs < MinContextParagraphs) return null;
        var (cohesion, terms) = c.Cohesion();
        return terms >= MinTerms && cohesion < MaxOpeningCohesion && DateReader.Find(c.Block.Text) is null
            ? new BoilerplateVerdict(BoilerplateKind.RelatedLink,
                string.Create(CultureInfo.InvariantCulture, $"a title-like line that opens the input but shares few words with the article (cohesion {cohesion:0.00} over {terms} terms), with no byline after it: another article's headline"))
            : null;
    }

    private static bool FollowedBySeparator(ReadOnlySpan<char> lower, string prefix)
    {
        int at = lower.IndexOf(prefix.AsSpan(), StringComparison.Ordinal) + prefix.Length;
        while (at < lower.Length && lower[at] == ' ') at++;
        return at < lower.Length && lower[at] is ':' or '|' or '-' or '–' or '—' or '»' or '>' or '：';
    }
}
