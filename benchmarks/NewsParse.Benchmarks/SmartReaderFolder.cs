using System.Text;
using System.Text.Json;
using NewsParse.Cli.Batch;

namespace NewsParse.Benchmarks;

/// <summary>
/// The SmartReader side of the whole-run comparison: the same folder walk as <c>newsparse DIR --format jsonl</c>
/// (<see cref="DocumentSources.Folder"/>), the same parallelism, one JSON line per page in input order on stdout.
/// Used by the benchmarks' <c>smartreader-folder</c> mode and by the SmartReader.Folder app (publishable native, to
/// compare native with native).
/// </summary>
internal static class SmartReaderFolder
{
    public static int Run(string folder, int parallelism)
    {
        SmartReaderRunner.BlockNetwork();
        var sources = DocumentSources.Folder(folder);
        var results = new string[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var path = sources[i].Path!;
            var text = SmartReaderRunner.Extract("https://example.org/" + Path.GetFileName(path), File.ReadAllText(path));
            results[i] = "{\"source\":\"" + JsonEncodedText.Encode(path) + "\",\"text\":\"" + JsonEncodedText.Encode(text) + "\"}";
        });
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in results) output.WriteLine(line);
        return 0;
    }
}
