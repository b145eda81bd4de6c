using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Running;
using NewsParse.Cli.Batch;
using NewsParse;
using NewsParse.Benchmarks;

// Modes besides BenchmarkDotNet (run with -c Release):
//   generate-dump PATH MEGABYTES            writes an article-like UTF-8 text dump (for the streaming memory run)
//   smartreader-folder DIR [--parallel N]    SmartReader over every .html/.htm/.txt of DIR, JSON Lines on stdout
//   time-text [MEGABYTES] [REPEAT]           stopwatch harness: plain-text MB/s on one thread (for profiling)
//   time-stages [MEGABYTES] [REPEAT]         plain text: the cost of each stage of the pipeline, cumulatively
//   time-html [REPEAT]                       stopwatch harness: our tokenizer, tokenizer+tree, NewsParse, AngleSharp, SmartReader on the aeb-dev pages
//   profile-html [REPEAT]                    NewsParse alone on the aeb-dev pages, REPEAT times (to run under dotnet-trace)
//   time-warc FILE.warc.gz [REPEAT]          web archives: gzip alone, reading records, reading + parsing (1 core, all cores)
//   anything else                            BenchmarkDotNet (e.g. --filter '*' or --filter '*PlainText*')
switch (args.FirstOrDefault())
{
    case "generate-dump" when args.Length >= 3:
        TextDumpGenerator.WriteFile(args[1], long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024, seed: 11);
        return 0;
    case "smartreader-folder" when args.Length >= 2:
        return SmartReaderFolder.Run(args[1], ParallelOption(args));
    case "time-text":
        TimeText(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
        return 0;
    case "time-stage" when args.Length >= 2:
        TextStages.RunOne(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 16, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10);
        return 0;
    case "time-stages":
        TextStages.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
        return 0;
    case "profile-html":
        ProfileHtml(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
        return 0;
    case "time-warc" when args.Length >= 2:
        WarcTiming.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
        return 0;
    case "time-html":
        TimeHtml(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(HtmlPagesBenchmark).Assembly).Run(args);
        return 0;
}

static int ParallelOption(string[] args)
{
    int at = Array.IndexOf(args, "--parallel");
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
}

static void TimeText(int megabytes, int repeat)
{
    var dump = TextDumpGenerator.Generate(megabytes * 1024 * 1024, seed: 7);
    var bytes = Encoding.UTF8.GetBytes(dump);
    var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Text });
    for (int r = 0; r < repeat; r++)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int events = 0;
        foreach (var e in parser.ReadEvents(new MemoryStream(bytes, writable: false))) events++;
        watch.Stop();
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        double mb = bytes.Length / (1024.0 * 1024.0);
        Console.WriteLine($"text: {mb:F1} MB, {events} events, {watch.Elapsed.TotalSeconds:F2} s wall ({mb / watch.Elapsed.TotalSeconds:F1} MB/s), {cpuSeconds:F2} s CPU ({mb / cpuSeconds:F1} MB/s per CPU second), {(GC.GetAllocatedBytesForCurrentThread() - before) / mb / (1024 * 1024):F1} MB allocated/MB; GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms ({GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} collections of gen 0/1/2)");
    }
}

static void ProfileHtml(int repeat)
{
    var pages = BenchmarkData.Pages;
    var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Html });
    int sections = 0;
    double mb = BenchmarkData.PagesBytes / (1024.0 * 1024.0);
    for (int r = 0; r < repeat; r++)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var (_, html) in pages) sections += parser.Parse(html).Sections.Count;
        double seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        long stages = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (_, html) in pages) HtmlFrontEnd.Tree(html);
        long tree = GC.GetAllocatedBytesForCurrentThread() - stages;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        stages = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (_, html) in pages) HtmlFrontEnd.Layer(html);
        long layer = GC.GetAllocatedBytesForCurrentThread() - stages;
        double layerSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"NewsParse {mb / seconds:F1} MB per CPU second, {(stages - before) / mb / (1024 * 1024):F1} MB allocated per MB (tree alone {tree / mb / (1024 * 1024):F1}); HTML layer alone {mb / layerSeconds:F1} MB per CPU second, {layer / mb / (1024 * 1024):F1} MB allocated per MB");
    }
    Console.WriteLine($"{repeat} x {pages.Count} pages, {sections} sections");
}

static void TimeHtml(int repeat)
{
    var pages = BenchmarkData.Pages;
    double mb = BenchmarkData.PagesBytes / (1024.0 * 1024.0);
    var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Html });
    SmartReaderRunner.BlockNetwork();
    static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    for (int r = 0; r < repeat; r++)
    {
        double start = Cpu();
        foreach (var (_, html) in pages) HtmlFrontEnd.Tokenize(html);
        double tokenizer = Cpu() - start;
        start = Cpu();
        foreach (var (_, html) in pages) HtmlFrontEnd.Tree(html);
        double tree = Cpu() - start;
        start = Cpu();
        foreach (var (_, html) in pages) parser.Parse(html);
        double newsParse = Cpu() - start;
        start = Cpu();
        foreach (var (_, html) in pages) new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        double angle = Cpu() - start;
        start = Cpu();
        foreach (var (name, html) in pages) SmartReaderRunner.Extract("https://example.org/" + name, html);
        double smart = Cpu() - start;
        Console.WriteLine($"html: {pages.Count} pages, {mb:F1} MB, MB per CPU second: tokenizer {mb / tokenizer:F1}, tokenizer+tree {mb / tree:F1}, NewsParse {mb / newsParse:F1}, AngleSharp bare {mb / angle:F1}, SmartReader {mb / smart:F1}; NewsParse/AngleSharp time {newsParse / angle:F2}, SmartReader/NewsParse time {smart / newsParse:F1}");
    }
}
