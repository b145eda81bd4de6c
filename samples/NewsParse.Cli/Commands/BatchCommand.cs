using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParse.Cli.Batch;
using NewsParse.Model;
using NewsParse.Rendering;

namespace NewsParse.Cli.Commands;

/// <summary>
/// Parses many documents (a folder, several files, a .jsonl file of records), in input order. Without --out: one JSON
/// line per input on standard output, flushed line by line: <c>{"source": ..., "article": {...}}</c> or
/// <c>{"source": ..., "error": "..."}</c>. With --out DIR: one file per input in the chosen format
/// (<see cref="OutputPaths"/>), errors on standard error. Inputs without article text get a note on standard error.
/// </summary>
internal static class BatchCommand
{
    public const int Interrupted = 130;

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Runs the batch; Ctrl-C cancels it cleanly.</summary>
    public static int Run(CliOptions options, TextWriter output, TextWriter stderr) =>
        CtrlC.Cancels(token => RunAsync(options, output, stderr, ProgressBar.ShouldShow(stderr), token));

    /// <summary>Runs the batch: 0 when every input was parsed, 1 when any failed, 130 when cancelled.</summary>
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter stderr, bool showProgress, CancellationToken cancellationToken)
    {
        var extensions = options.Extensions ?? DocumentSources.DefaultExtensions;
        var (sources, total) = Sources(options.Inputs, extensions);
        if (total == 0)
        {
            stderr.WriteLine($"newsparse: no {DocumentSources.Describe(extensions)} file (nor an HTML page without extension) in {string.Join(", ", options.Inputs)}");
            return CliApp.InputFailed;
        }
        var batch = new BatchParser(new ArticleParser(options.Parser));
        var progress = new ProgressBar(stderr, total, showProgress);
        var files = options.OutputFolder is { } folder ? new OutputPaths(folder, Extension(options.Format)) : null;
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        long written = 0;
        bool anyFailed = false;
        try
        {
            await foreach (var result in batch.ParseAllAsync(sources, options.Parallel, cancellationToken).ConfigureAwait(false))
            {
                if (files is not null)
                {
                    var error = result.Error ?? WriteFile(files.For(result.Source), result.Name, result.Article!, options.Format);
                    if (error is not null) progress.Note($"newsparse: {error}");
                    anyFailed |= error is not null;
                }
                else
                {
                    anyFailed |= !result.Succeeded;
                    buffer.ResetWrittenCount();
                    WriteLine(buffer, result);
                    output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                    output.Write('\n');
                    output.Flush();
                }
                if (result.Article is { } article && article.Diagnostics.Any(d => d.Code == DiagnosticCode.NoArticleFound))
                    progress.Note($"newsparse: {result.Name}: no article text was found (an empty or index page?)");
                written++;
                progress.Advance(result.InputBytes);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress.Finish();
            stderr.WriteLine($"newsparse: interrupted after {written} complete {(files is null ? "line(s)" : "file(s)")}");
            return Interrupted;
        }
        progress.Finish();
        return anyFailed ? CliApp.InputFailed : CliApp.Success;
    }

    /// <summary>The sources of the inputs, lazily; the total when it is known without reading records.</summary>
    private static (IEnumerable<DocumentSource> Sources, long? Total) Sources(List<string> inputs, IReadOnlyList<string> extensions)
    {
        bool records = inputs.Exists(CliArguments.IsRecords);
        if (records) return (Expand(inputs, extensions), null);
        var all = Expand(inputs, extensions).ToList();
        return (all, all.Count);
    }

    private static IEnumerable<DocumentSource> Expand(List<string> inputs, IReadOnlyList<string> extensions)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var source in DocumentSources.Folder(input, extensions)) yield return source;
            }
            else if (CliArguments.IsRecords(input) && File.Exists(input))
            {
                foreach (var source in DocumentSources.JsonLines(input)) yield return source;
            }
            else
            {
                // A missing or unreadable input becomes an error in its place.
                yield return DocumentSource.FromFile(input);
            }
        }
    }

    private static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Markdown or OutputFormat.MarkdownTextOnly => ".md",
        OutputFormat.Text => ".txt",
        OutputFormat.Html => ".html",
        _ => ".json",
    };

    /// <summary>Writes one article to its file; the error line when the file cannot be written, else null.</summary>
    private static string? WriteFile(string path, string name, Article article, OutputFormat format)
    {
        var content = format switch
        {
            OutputFormat.Markdown => ArticleMarkdown.ToMarkdown(article),
            OutputFormat.MarkdownTextOnly => ArticleMarkdown.ToMarkdown(article, MarkdownOptions.TextOnly),
            OutputFormat.Text => ArticleText.ToText(article),
            OutputFormat.Html => ArticleHtml.ToHtml(article),
            _ => ArticleJson.ToJson(article) + "\n",
        };
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{name}: cannot write {path} ({e.Message})";
        }
    }

    private static void WriteLine(ArrayBufferWriter<byte> buffer, BatchResult result)
    {
        using var writer = new Utf8JsonWriter(buffer, LineOptions);
        writer.WriteStartObject();
        writer.WriteString("source", result.Name);
        if (!result.Succeeded) writer.WriteString("error", result.Error);
        else
        {
            writer.WritePropertyName("article");
            // the article as ToJson writes it: the contract's escaping ("<" as \u003C) holds in the line too
            writer.WriteRawValue(ArticleJson.ToJson(result.Article, indented: false), skipInputValidation: true);
        }
        writer.WriteEndObject();
    }
}
