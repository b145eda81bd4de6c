using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A note about the article itself, at its start or end: post meta lines ("This entry was posted in News. Bookmark
/// the permalink.", "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt. … diesen Eintrag …"), licence
/// lines ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND"), opinion and advertising disclaimers
/// ("Dieser Beitrag gibt die Meinung des Autors wieder", "*Werbung. Dieser Beitrag enthält Werbung für …"). Told by
/// three things together: the article refers to itself as the thing spoken of (<see cref="NoteLexicon.SelfReferences"/>;
/// not as the place where something is said: "In this article we explain…", "En este artículo…"), the block states its
/// status — published, filed, licensed, opinion, advertising, updated (<see cref="NoteLexicon.Status"/>) — and the
/// block is short and stands at the edge of the article (<see cref="DetectionContext.AtEdge"/>): a paragraph in the
/// middle of the text is the text. Where the article first appeared ("This article was originally published by
/// Futurism") is its attribution, which the text keeps.
/// </summary>
internal static class ArticleNoteDetector
{
    /// <summary>Most words of a note.</summary>
    public const int MaxWords = 60;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > MaxWords || !c.AtEdge) return null;
        var words = c.Words;
        if ((words.LexiconMask & (1UL << (int)LexiconId.NoteSelfReferences)) == 0 && !words.HasSpacelessScript) return null;
        if (SpokenOf(words, c.Block.Text) is not { } self || NoteLexicon.Status.FindFirst(words) is not { } status) return null;
        if (NamesOrigin(words)) return null;
        return NoteLexicon.IsAdvertising(status)
            ? new BoilerplateVerdict(BoilerplateKind.Advertisement, $"an advertising note about the article (\"{self}\" … \"{status}\") at its edge")
            : new BoilerplateVerdict(BoilerplateKind.Other, $"a note about the article (\"{self}\" … \"{status}\") at its edge");
    }

    /// <summary>
    /// The first reference of the article to itself that is not the place of what is said ("in this article") nor
    /// inside a quotation (someone speaking of another text: "“This story was published to mislead,” the senator
    /// said"), or null.
    /// </summary>
    private static string? SpokenOf(BlockWords words, string text)
    {
        int cursor = 0;
        bool inQuote = false;
        for (int i = 0; i < words.Count; i++)
        {
            int start = words.StartOf(i);
            for (; cursor < start; cursor++)
            {
                if (ReaderAddress.IsQuote(text[cursor])) inQuote = !inQuote;
            }
            if (!inQuote && NoteLexicon.SelfReferences.MatchAt(words, i, out _) is { } self && (i == 0 || !IsPlacePreposition(words[i - 1]))) return self;
        }
        return words.HasSpacelessScript && text.AsSpan().IndexOfAny(QuoteMarks) < 0 ? NoteLexicon.SelfReferences.FindFirst(words) : null;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”„«»「」『』");

    /// <summary>True when the block says where the article first appeared ("This article was originally published by Futurism"): an attribution the text keeps.</summary>
    private static bool NamesOrigin(BlockWords words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (NoteLexicon.IsOrigin(words[i])) return true;
        }
        return false;
    }

    /// <summary>"In" in the languages of <see cref="NoteLexicon.SelfReferences"/> ("in this article", "dans cet article", "в этой статье").</summary>
    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word is "in" or "im" or "en" or "dans" or "em" or "nel" or "nella" or "w" or "в" or "di" or "op";
}
