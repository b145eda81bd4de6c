using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A table of contents: its title standing alone ("Table of Contents", "Inhalt", "目次"), or an entry, which is a
/// title-like line that reappears later in the text as a heading.
/// </summary>
internal static class TableOfContentsDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words <= 5 && TableOfContentsLexicon.Titles.IsWhole(c.Words))
            return new BoilerplateVerdict(BoilerplateKind.TableOfContents, "a table-of-contents title standing alone");
        if (c.LaterTwins > 0 && c.Shape.IsTitleLike && c.Block.Kind is not Reading.SourceBlockKind.Heading)
            return new BoilerplateVerdict(BoilerplateKind.TableOfContents, "an entry of a table of contents: the same line comes back later as a heading");
        return null;
    }
}
