using NewsParse.Reading;

namespace NewsParse.Cli.Commands;

/// <summary>One line per decision of the reader, for <c>--explain</c>: what the block became and why.</summary>
internal static class Explanation
{
    private const int Preview = 90;

    public static string Describe(ArticleEvent e) => e.Reason is null || e is BoilerplateEvent ? Decision(e) : $"{Decision(e)}\n           because: {e.Reason}";

    private static string Decision(ArticleEvent e) => e switch
    {
        MetadataEvent m => $"metadata   {m.Field,-11} {Short(m.Value)}",
        HeadingEvent h => $"heading    level {h.Level,-5} {Short(h.Text)}",
        BlockEvent b => $"body       {b.Block.Type.ToString().ToLowerInvariant(),-11} {Short(b.Block.Text)}",
        FaqStartEvent f => $"faq        heading     {Short(f.Heading ?? "(none)")}",
        FaqItemEvent q => $"faq        question    {Short(q.Item.Question)}",
        BoilerplateEvent p => $"boilerplate {p.Block.Kind,-10} {Short(p.Block.Text)}\n           because: {p.Block.Reason}",
        DiagnosticEvent d => $"diagnostic {d.Diagnostic.Code,-11} {d.Diagnostic.Message}",
        _ => e.Kind.ToString(),
    };

    private static string Short(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= Preview ? line : line[..(Preview - 1)] + "…";
    }
}
