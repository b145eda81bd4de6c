using NewsParse.Building;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;

namespace NewsParse.Cli.Commands;

/// <summary>Parses one input and writes it in the chosen format; --explain lines go with it (to stderr when a format was asked for too).</summary>
internal static class ParseCommand
{
    /// <summary>Parses <paramref name="path"/> (null: the bundled sample; "-": standard input).</summary>
    public static int Run(CliOptions options, string? path, Stream stdin, TextWriter output, TextWriter stderr)
    {
        var parser = new ArticleParser(options.Parser);
        var (stream, name) = InputSource.Open(path, stdin);
        // --explain alone prints the decisions as the output; with --format too they go to stderr beside the document.
        var explanation = !options.Explain ? null : options.FormatGiven ? stderr : output;
        bool document = !options.Explain || options.FormatGiven;
        bool found = true;
        using (stream)
        {
            var builder = new ArticleBuilder();
            foreach (var e in parser.ReadEvents(stream))
            {
                FailOnBinary(e, name);
                if (e is DiagnosticEvent { Diagnostic.Code: DiagnosticCode.NoArticleFound }) found = false;
                explanation?.WriteLine(Explanation.Describe(e));
                if (!document) continue;
                if (options.Format == OutputFormat.Events) output.WriteLine(ArticleJson.ToJson(e));
                else builder.Add(e);
            }
            if (document && options.Format != OutputFormat.Events)
            {
                var article = builder.Build();
                switch (options.Format)
                {
                    case OutputFormat.Text:
                        output.Write(ArticleText.ToText(article));
                        break;
                    case OutputFormat.Markdown:
                        output.Write(ArticleMarkdown.ToMarkdown(article));
                        break;
                    default:
                        output.WriteLine(ArticleJson.ToJson(article));
                        break;
                }
            }
        }
        if (!found) stderr.WriteLine($"newsparse: {name}: no article text was found (an empty or index page?)");
        return CliApp.Success;
    }

    private static void FailOnBinary(ArticleEvent e, string name)
    {
        if (e is DiagnosticEvent { Diagnostic.Code: DiagnosticCode.BinaryInput })
            throw new CliInputException($"{name}: the input looks binary, not an HTML page or a text dump");
    }
}
