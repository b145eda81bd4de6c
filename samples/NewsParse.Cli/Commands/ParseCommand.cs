using System.Text.Json;
using NewsParse.Building;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;

namespace NewsParse.Cli.Commands;

/// <summary>Parses one input and writes it in the chosen format.</summary>
internal static class ParseCommand
{
    public static int Run(CliOptions options, Stream stdin, TextWriter output, TextWriter stderr)
    {
        var parser = new ArticleParser(NewsParserOptions.Default with { Format = options.Input });
        var (stream, name) = InputSource.Open(options.Inputs.FirstOrDefault(), stdin);
        using (stream)
        {
            if (options.Format == OutputFormat.Events && !options.Explain)
            {
                foreach (var e in parser.ReadEvents(stream))
                {
                    FailOnBinary(e, name);
                    output.WriteLine(ArticleJson.ToJson(e));
                }
                return CliApp.Success;
            }

            var builder = new ArticleBuilder();
            foreach (var e in parser.ReadEvents(stream))
            {
                FailOnBinary(e, name);
                builder.Add(e);
                if (options.Explain) output.WriteLine(Explanation.Describe(e));
            }
            if (options.Explain) return CliApp.Success;
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
        return CliApp.Success;
    }

    private static void FailOnBinary(ArticleEvent e, string name)
    {
        if (e is DiagnosticEvent { Diagnostic.Code: DiagnosticCode.BinaryInput })
            throw new CliInputException($"{name}: the input looks binary, not an HTML page or a text dump");
    }
}
