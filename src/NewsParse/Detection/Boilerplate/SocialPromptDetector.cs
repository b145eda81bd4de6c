using NewsParse.Detection.Lexicons;
using NewsParse.Model;

namespace NewsParse.Detection.Boilerplate;

/// <summary>
/// A call to follow or subscribe: social networks named in a short block together with a call to follow, subscribe or
/// join, in any of the lexicon's languages; or three networks or more in a block off the article's topic.
/// </summary>
internal static class SocialPromptDetector
{
    public static BoilerplateVerdict? Detect(DetectionContext c)
    {
        if (c.Shape.Words > 80) return null;
        int networks = SocialLexicon.Networks.CountDistinct(c.Words);
        if (networks == 0) return null;
        int calls = SocialLexicon.Calls.CountDistinct(c.Words);
        var (cohesion, _) = c.Cohesion();
        bool offTopic = cohesion < 0.5;
        bool prompt = (calls >= 1 && (offTopic || c.Shape.Words <= 12)) || (networks >= 3 && offTopic);
        return prompt
            ? new BoilerplateVerdict(BoilerplateKind.SocialPrompt,
                $"names {networks} social network(s) with {calls} call(s) to follow or subscribe, off the article's topic (cohesion {cohesion:0.00})")
            : null;
    }
}
