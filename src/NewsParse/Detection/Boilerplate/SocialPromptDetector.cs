using System.Globalization;
using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A call to follow or subscribe: a social network or channel named in a short block that addresses the reader
/// ("follow us", "subscribe to", "síguenos", "ফলো করুন", or a bare verb of following that opens the block, as in
/// "Follow X on Google News"), off the article's topic or very short; or three networks or more named in a block that
/// is off the article's topic. A report that mentions networks ("Facebook and Twitter said they would follow...") is
/// neither.
/// </summary>
internal static class SocialPromptDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 80) return null;
        int networks = SocialLexicon.Networks.CountDistinct(c.Words);
        if (networks == 0) return null;
        int calls = SocialLexicon.Calls.CountDistinct(c.Words) + (SocialLexicon.Verbs.FindPrefix(c.Words) is null ? 0 : 1);
        var (cohesion, _) = c.Cohesion();
        bool offTopic = cohesion < 0.5;
        bool prompt = (calls >= 1 && (offTopic || c.Shape.Words <= 12)) || (networks >= 3 && offTopic);
        return prompt
            ? new BoilerplateVerdict(BoilerplateKind.SocialPrompt,
                string.Create(CultureInfo.InvariantCulture, $"names {networks} social network(s) with {calls} call(s) to follow or subscribe, off the article's topic (cohesion {cohesion:0.00})"))
            : null;
    }
}
