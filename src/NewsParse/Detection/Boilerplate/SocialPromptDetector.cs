using System.Globalization;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A call to follow or subscribe, recognised by its structure rather than by its phrasing: a block that names a
/// network and addresses its reader (see <see cref="ReaderAddress"/>) — an imperative or request ("Follow ... on
/// Google News", "síguenos", "Follow করুন", "подписывайтесь", "请关注"), or the publication's own channel ("our
/// WhatsApp channel", "nuestro canal de YouTube", "قناتنا") — and is off the article's topic or short; or that names
/// three networks or more, in a list (their names are a good part of it) or speaking to the reader ("you", "dein") or
/// as the publication ("our"), off the article's topic. The block must be the prompt, not a paragraph with a prompt in it:
/// the sentences of the call hold half its words or more, or the call opens or ends the block in a sentence that names
/// the network (a note around other text), and a possessive without a call is the whole block. A channel without a network name ("Join our channel") needs both
/// the imperative and the possessive. Words in quotation marks are someone else's (a quoted tweet), and a report that
/// mentions networks ("Facebook and Twitter said they would follow...", "Twitter asks, are you OK?") addresses no one
/// with an imperative: neither is a prompt.
/// </summary>
internal static class SocialPromptDetector
{
    /// <summary>Most words of a block read as a prompt.</summary>
    public const int MaxWords = 80;

    /// <summary>Most words of a block that is a prompt whatever its topic.</summary>
    public const int ShortWords = 12;

    /// <summary>Least share of a block's words in the sentences of its call (see <see cref="ReaderAddress.CallShare"/>).</summary>
    public const double MinPromptShare = 0.5;

    /// <summary>Least share of a block's letters in network names for a list of networks without a call to be a prompt.</summary>
    public const double MinListShare = 0.4;

    /// <summary>Below this cohesion a block is off the article's topic.</summary>
    public const double MaxCohesion = 0.5;

    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        int words = c.Shape.Words;
        if (words > MaxWords) return null;
        // The gate: a network or channel name (looked up once per word for every lexicon, see LexiconIndex).
        if (SocialLexicon.Networks.CountDistinct(c.Words) == 0 && (words > 30 || SocialLexicon.Channels.CountDistinct(c.Words) == 0)) return null;
        var address = ReaderAddress.Read(c.Words, c.Block.Text);
        // The block is the prompt, not a paragraph with a prompt in it: the call's sentences hold half its words or
        // more, or the call opens or ends it (a note: "Email the author at ... Follow us on X @site."); a possessive
        // without a call ("All the news in our Telegram channel") is the whole block.
        bool called = address.Call is not null && (address.CallShare >= MinPromptShare || address.CallAtEdge);
        bool owned = address.Own is not null && address.OwnShare >= 1;
        if (address.Networks == 0 && !(address.Channel && called && address.Own is not null)) return null;
        // Without a call, three networks or more in a list ("Facebook | X | Instagram | YouTube": their names are a good
        // part of the block) or in a block that speaks to its reader or as the publication ("you can follow us on
        // Facebook, X and Instagram"); not a sentence that reports on them ("State media accounts on Facebook, X and
        // Telegram shared clips").
        bool listed = address.Networks >= 3 && (address.NetworkChars >= MinListShare * c.Words.WordChars || address.Speaks is not null);
        if (!called && !owned && !listed) return null;
        var (cohesion, _) = c.Cohesion();
        bool offTopic = cohesion < MaxCohesion;
        bool prompt = called || owned ? offTopic || words <= ShortWords : offTopic;
        if (!prompt) return null;
        var by = called ? $"addresses the reader (\"{address.Call}\")"
            : owned ? $"names its own channel (\"{address.Own}\")"
            : address.Speaks is { } word ? $"speaks to the reader (\"{word}\")"
            : "lists them";
        return new BoilerplateVerdict(BoilerplateKind.SocialPrompt,
            string.Create(CultureInfo.InvariantCulture,
                $"{(address.Networks > 0 ? $"names {address.Networks} social network(s)" : "names a channel")} and {by}, {(offTopic ? "off the article's topic" : "a short line")} (cohesion {cohesion:0.00})"));
    }
}
