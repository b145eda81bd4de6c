using System.Globalization;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// The publication promoting itself to its reader inside the article: its app ("Get the latest news straight to
/// your phone with the VI Consortium app"), its newsletter, subscription or edition ("Subscribe now to our eNATION
/// edition for the full story", "Melde dich hier für unseren Newsletter an!"), a call for donations or letters ("We
/// rely on your support", "Submit your letter to the editor"). Recognised by structure (<see cref="ReaderAddress"/>
/// read for the things of <see cref="PromoLexicon"/>): a thing promoted and the reader addressed about it — an
/// imperative in the sentence that names it, the publication's possessive next to it ("our newsletter"), or (for a
/// call for support or a job board) the publication's "we" with the reader's "you" — in a short block that opens or closes the article or is off its
/// topic; an app named with its store in one sentence ("the Nationnews apps for iOS and Android") needs no address, but both the edge and the topic. A
/// sentence that reports on an app ("The ministry launched an app that lets you check the air") addresses no one with
/// an imperative nor speaks as the publication: it stays text.
/// </summary>
internal static class PromoDetector
{
    /// <summary>Most words of a block read as a promotion.</summary>
    public const int MaxWords = 60;

    /// <summary>Below this cohesion a block is off the article's topic.</summary>
    public const double MaxCohesion = 0.5;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > MaxWords) return null;
        var words = c.Words;
        // The gate: a thing of the lexicon among the words (a bit of the block's lexicon mask), or a script without spaces.
        if ((words.LexiconMask & (1UL << (int)LexiconId.PromoThings)) == 0 && !words.HasSpacelessScript) return null;
        var address = ReaderAddress.Read(words, c.Block.Text, PromoLexicon.Things, PromoLexicon.Calls);
        if (address.Thing is not { } thing) return null;
        bool called = address.Call is not null && (address.CallShare >= SocialPromptDetector.MinPromptShare || address.CallAtEdge);
        // "We" and "you" make the publication's voice only when it asks for support or offers its jobs ("We rely on your
        // support"); about an app or a newsletter the publication calls or says "our", and "we all know that you cannot
        // trust apps" is an author's remark.
        bool weAndYou = address.Reader is not null && PromoLexicon.KindOf(thing) is BoilerplateKind.Other or BoilerplateKind.Advertisement
            && PromoLexicon.We.CountDistinct(words) > 0;
        string? by = called ? $"addresses the reader (\"{address.Call}\")"
            : address.Own is { } own ? $"speaks as the publication (\"{own}\")"
            : weAndYou ? $"speaks as the publication to the reader (\"{address.Reader}\")"
            : null;
        // An app named with its store promotes it in one sentence; a paragraph about apps on a platform reports.
        bool store = by is null && c.Shape.SentenceBreaks == 0 && NamesAppAndStore(words);
        if (by is null && !store) return null;
        var (cohesion, _) = c.Cohesion();
        bool offTopic = cohesion < MaxCohesion;
        bool promoted = by is not null ? c.AtEdge || offTopic : c.AtEdge && offTopic;
        if (!promoted) return null;
        return new BoilerplateVerdict(PromoLexicon.KindOf(thing),
            string.Create(CultureInfo.InvariantCulture,
                $"promotes \"{thing}\" and {by ?? "names its store"}, {(c.AtEdge ? "at the edge of the article" : "off the article's topic")} (cohesion {cohesion:0.00})"));
    }

    /// <summary>True when the block names an app ("the Nationnews apps") and a store ("for iOS and Android"): a store alone is the platform an article may be about.</summary>
    private static bool NamesAppAndStore(BlockWords words)
    {
        bool app = false, store = false;
        for (int i = 0; i < words.Count; i++)
        {
            if (PromoLexicon.Things.MatchAt(words, i, out _) is not { } thing || PromoLexicon.KindOf(thing) != BoilerplateKind.SocialPrompt) continue;
            if (PromoLexicon.IsStore(thing)) store = true;
            else app = true;
        }
        return app && store;
    }
}
