using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using NewsParse.Cli.Batch;
using NewsParse.Rendering;

namespace NewsParse.Cli.Commands;

/// <summary>
/// The mapper of any engine (Hadoop Streaming, Spark's <c>RDD.pipe</c>, GNU parallel, a Kubernetes job): reads JSON
/// records from standard input, one a line (<c>{"url", "html"}</c> or <c>{"url", "text"}</c>, decoded by the batch's
/// record reading), and writes one JSON line per input line, in order, each flushed as soon as it and the lines before
/// it are done: <c>{"source": URL or "-:LINE", "article": {...}}</c> or <c>{"source": ..., "error": "..."}</c>. A
/// blank or malformed line gets an error line, so output line i always answers input line i. Lines are parsed
/// <c>--parallel</c> at a time; input is read on its own task, so an engine that waits for an answer before it sends
/// the next line never deadlocks it.
/// </summary>
internal static class MapperCommand
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The name records read from standard input are shown with ("-:LINE" when a record has no URL).</summary>
    public const string StdinName = "-";

    public static int Run(CliOptions options, Stream stdin, TextWriter output, TextWriter stderr) =>
        RunAsync(options, stdin, output, stderr, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>0 when every line gave an article, 1 when any gave an error.</summary>
    public static async Task<int> RunAsync(CliOptions options, Stream stdin, TextWriter output, TextWriter stderr, CancellationToken cancellationToken)
    {
        var batch = new BatchParser(new ArticleParser(NewsParserOptions.Default with { Format = options.Input }));
        int parallel = options.Parallel;
        var inFlight = Channel.CreateBounded<Task<BatchResult>>(new BoundedChannelOptions(parallel * BatchParser.WindowPerWorker) { SingleReader = true, SingleWriter = true });
        using var workers = new SemaphoreSlim(parallel, parallel);
        var producer = Task.Run(async () =>
        {
            try
            {
                using var reader = new StreamReader(stdin, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
                long number = 0;
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    number++;
                    var source = DocumentSource.FromJsonLine(StdinName, number, line);
                    long index = number - 1;
                    var task = Task.Run(async () =>
                    {
                        await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            return batch.ParseOne(source, index, cancellationToken);
                        }
                        finally
                        {
                            workers.Release();
                        }
                    }, cancellationToken);
                    await inFlight.Writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                }
                inFlight.Writer.Complete();
            }
            catch (Exception e)
            {
                inFlight.Writer.Complete(e);
            }
        }, CancellationToken.None);

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        bool anyFailed = false;
        await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var result = await task.ConfigureAwait(false);
            anyFailed |= result.Error is not null;
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, LineOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("source", result.Name);
                if (result.Error is not null) writer.WriteString("error", result.Error);
                else
                {
                    writer.WritePropertyName("article");
                    ArticleJson.Write(writer, result.Article!);
                }
                writer.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
            output.Flush();
        }
        await producer.ConfigureAwait(false);
        return anyFailed ? CliApp.InputFailed : CliApp.Success;
    }
}
