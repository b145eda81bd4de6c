using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParse.Batch;
using NewsParse.Model;
using NewsParse.Rendering;

namespace NewsParse.Cli.Commands;

/// <summary>
/// Parses many documents (a folder, several files, a .jsonl file of records) and writes one JSON line per input, in
/// input order, flushed line by line: <c>{"source": ..., "article": {...}}</c> or <c>{"source": ..., "error": "..."}</c>.
/// </summary>
internal static class BatchCommand
{
    public const int Interrupted = 130;

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Runs the batch; Ctrl-C cancels it cleanly.</summary>
    public static int Run(CliOptions options, TextWriter output, TextWriter stderr)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return RunAsync(options, output, stderr, ProgressBar.ShouldShow(stderr), cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Runs the batch: 0 when every input was parsed, 1 when any failed, 130 when cancelled.</summary>
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter stderr, bool showProgress, CancellationToken cancellationToken)
    {
        var (sources, total) = Sources(options.Inputs);
        if (total == 0)
        {
            stderr.WriteLine($"newsparse: no .html, .htm or .txt file in {string.Join(", ", options.Inputs)}");
            return CliApp.InputFailed;
        }
        var batch = new BatchParser(new ArticleParser(NewsParserOptions.Default with { Format = options.Input }));
        var progress = new ProgressBar(stderr, total, showProgress);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        long written = 0;
        bool anyFailed = false;
        try
        {
            await foreach (var result in batch.ParseAllAsync(sources, options.Parallel, cancellationToken).ConfigureAwait(false))
            {
                var error = result.Error ?? BinaryError(result);
                anyFailed |= error is not null;
                buffer.ResetWrittenCount();
                WriteLine(buffer, result, error);
                output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                output.Write('\n');
                output.Flush();
                written++;
                progress.Advance(result.InputBytes);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress.Finish();
            stderr.WriteLine($"newsparse: interrupted after {written} complete line(s)");
            return Interrupted;
        }
        progress.Finish();
        return anyFailed ? CliApp.InputFailed : CliApp.Success;
    }

    /// <summary>The sources of the inputs, lazily; the total when it is known without reading records.</summary>
    private static (IEnumerable<DocumentSource> Sources, long? Total) Sources(List<string> inputs)
    {
        bool records = inputs.Exists(IsRecords);
        if (records) return (Expand(inputs), null);
        var all = Expand(inputs).ToList();
        return (all, all.Count);
    }

    private static IEnumerable<DocumentSource> Expand(List<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var source in DocumentSources.Folder(input)) yield return source;
            }
            else if (IsRecords(input) && File.Exists(input))
            {
                foreach (var source in DocumentSources.JsonLines(input)) yield return source;
            }
            else
            {
                // A missing or unreadable input becomes an error line in its place.
                yield return DocumentSource.FromFile(input);
            }
        }
    }

    private static bool IsRecords(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static string? BinaryError(BatchResult result) =>
        result.Article is { } article && article.Diagnostics.Any(d => d.Code == DiagnosticCode.BinaryInput)
            ? $"{result.Name}: the input looks binary, not an HTML page or a text dump"
            : null;

    private static void WriteLine(ArrayBufferWriter<byte> buffer, BatchResult result, string? error)
    {
        using var writer = new Utf8JsonWriter(buffer, LineOptions);
        writer.WriteStartObject();
        writer.WriteString("source", result.Name);
        if (error is not null) writer.WriteString("error", error);
        else
        {
            writer.WritePropertyName("article");
            ArticleJson.Write(writer, result.Article!);
        }
        writer.WriteEndObject();
    }
}
