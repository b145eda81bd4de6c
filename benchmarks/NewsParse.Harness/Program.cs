using System.Diagnostics;
using System.Text;
using NewsParse;

// harness FILE ROUNDS [stream|articles]
//   stream   (default) ArticleParser.ReadEvents over the file's bytes, as newsparse FILE --format events reads it
//   articles Parse(string) of each article of a generated dump (cut after its "Share this article" line)
// Prints one line per round: MB/s of wall time, MB per CPU second, events or sections, collections so far.
if (args.Length < 2 || !int.TryParse(args[1], out int rounds) || rounds < 1 || (args.Length > 2 && args[2] is not ("stream" or "articles")))
{
    Console.Error.WriteLine("usage: harness FILE ROUNDS [stream|articles]");
    return 2;
}
var bytes = File.ReadAllBytes(args[0]);
bool byArticle = args.Length > 2 && args[2] == "articles";
var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Text });
double mb = bytes.Length / (1024.0 * 1024.0);
string[] articles = byArticle ? Articles(Encoding.UTF8.GetString(bytes)) : [];
for (int round = 0; round < rounds; round++)
{
    var cpu = Environment.CpuUsage.TotalTime;
    var clock = Stopwatch.StartNew();
    long count = 0;
    if (byArticle)
    {
        foreach (var article in articles) count += parser.Parse(article).Sections.Count;
    }
    else
    {
        foreach (var _ in parser.ReadEvents(new MemoryStream(bytes, writable: false))) count++;
    }
    double seconds = clock.Elapsed.TotalSeconds, cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
    Console.WriteLine($"{mb / seconds:F1} MB/s {mb / cpuSeconds:F1} MB/cpu-s {count} {(byArticle ? "sections" : "events")} gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
}
return 0;

static string[] Articles(string text)
{
    const string End = "Share this article\n\n";
    var list = new List<string>();
    int from = 0;
    for (int at = text.IndexOf(End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(End, from, StringComparison.Ordinal))
    {
        list.Add(text[from..(at + End.Length)]);
        from = at + End.Length;
    }
    if (from < text.Length) list.Add(text[from..]);
    return [.. list];
}
