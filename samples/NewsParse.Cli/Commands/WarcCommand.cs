using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParse.Rendering;
using NewsParse.Warc;

namespace NewsParse.Cli.Commands;

/// <summary>
/// Parses the HTML pages of web archives (<c>.warc</c>, <c>.warc.gz</c>, <c>.arc</c>, <c>.arc.gz</c>) and writes one
/// JSON line per page or broken record, in archive order, flushed line by line:
/// <c>{"source": FILE, "offset": N, "url": ..., "date": ..., "article": {...}}</c> or the same with <c>"error"</c>.
/// Pages are parsed <c>--parallel</c> at a time; memory stays bounded whatever the archive's size.
/// </summary>
internal static class WarcCommand
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>True for the file names of web archives.</summary>
    public static bool IsArchive(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".arc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".arc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs over the archives; Ctrl-C stops after the last complete line.</summary>
    public static int Run(CliOptions options, TextWriter output, TextWriter stderr) =>
        CtrlC.Cancels(token => RunAsync(options, output, stderr, ProgressBar.ShouldShow(stderr), token));

    /// <summary>0 when every record was read and parsed, 1 when any gave an error (or an archive could not be opened), 130 when cancelled.</summary>
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter stderr, bool showProgress, CancellationToken cancellationToken)
    {
        var parser = new WarcParser(new ArticleParser(NewsParserOptions.Default with { Format = options.Input }));
        long total = options.Inputs.Sum(p => File.Exists(p) ? new FileInfo(p).Length : 0);
        var progress = new WarcProgress(stderr, total, showProgress);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        bool anyFailed = false;
        long written = 0;
        foreach (var path in options.Inputs)
        {
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                anyFailed = true;
                WriteLine(output, buffer, path, null, e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot be read ({e.Message})");
                continue;
            }
            using var reader = new WarcReader(new BufferedStream(file, 256 * 1024));
            try
            {
                await foreach (var result in parser.ParseAllAsync(reader, options.Parallel, cancellationToken).ConfigureAwait(false))
                {
                    anyFailed |= result.Error is not null;
                    WriteLine(output, buffer, path, result, result.Error);
                    written++;
                    progress.Advance(reader.BytesRead);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                progress.Finish();
                stderr.WriteLine($"newsparse: interrupted after {written} complete line(s)");
                return BatchCommand.Interrupted;
            }
            catch (IOException e)
            {
                anyFailed = true;
                WriteLine(output, buffer, path, null, $"{path}: cannot be read ({e.Message})");
            }
            progress.EndFile(reader.BytesRead);
            if (reader.RecordsSharingMembers > 0)
            {
                progress.Finish();
                stderr.WriteLine($"newsparse: {path}: {reader.RecordsSharingMembers} record(s) share a gzip member with another record or span several (the file is not gzipped per record): they were read, but their offsets are those of their members");
            }
            if (showProgress)
            {
                progress.Finish();
                stderr.WriteLine($"newsparse: {path}: {reader.RecordsRead} records, {reader.HtmlRecords} pages, {reader.SkippedRecords} skipped, {reader.BrokenRecords} broken");
            }
        }
        progress.Finish();
        return anyFailed ? CliApp.InputFailed : CliApp.Success;
    }

    private static void WriteLine(TextWriter output, ArrayBufferWriter<byte> buffer, string source, WarcResult? result, string? error)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            if (result is not null)
            {
                writer.WriteNumber("offset", result.Offset);
                writer.WriteString("url", result.Url);
                writer.WriteString("date", result.Date);
            }
            if (error is not null) writer.WriteString("error", error);
            else
            {
                writer.WritePropertyName("article");
                ArticleJson.Write(writer, result!.Article!);
            }
            writer.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
        output.Flush();
    }
}
