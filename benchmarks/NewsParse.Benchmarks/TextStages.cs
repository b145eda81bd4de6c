using System.Diagnostics;
using NewsParse.Detection;
using NewsParse.Detection.Cohesion;
using NewsParse.PlainText;
using NewsParse.Reading;
using NewsParse.Text;

namespace NewsParse.Benchmarks;

/// <summary>
/// Where the plain-text pipeline spends its time: the generated dump run through the pipeline's stages one more at a
/// time (lines, blocks, words, shape, terms, the whole reader), each stage's MB/s on one thread. For the profile
/// section of docs/benchmarks.md; not a BenchmarkDotNet benchmark.
/// </summary>
internal static class TextStages
{
    public static void Run(int megabytes, int repeat)
    {
        var dump = TextDumpGenerator.Generate(megabytes * 1024 * 1024, seed: 7);
        double mb = System.Text.Encoding.UTF8.GetByteCount(dump) / (1024.0 * 1024.0);
        var options = NewsParserOptions.Default with { Format = InputFormat.Text };
        var blocks = Blocks(dump, options);
        var scratch = BlockScratch.Unpooled();
        for (int r = 0; r < repeat; r++)
        {
            Report("lines", mb, () => Lines(dump, options));
            Report("lines + blocks", mb, () => Blocks(dump, options).Count);
            Report("  words (BlockWords) of the blocks", mb, () => { int n = 0; foreach (var b in blocks) n += new BlockWords(b.Text).Count; return n; });
            Report("  shape (TextShape) of the blocks", mb, () => { int n = 0; foreach (var b in blocks) n += TextShape.Of(b.Text).Words; return n; });
            Report("  words + terms of the blocks", mb, () => { int n = 0; foreach (var b in blocks) n += Terms.Of(new BlockWords(b.Text)).Length; return n; });
            Report("  window entries of the blocks", mb, () => { int n = 0; foreach (var b in blocks) n += new WindowEntry(b, scratch).Length; return n; });
            var termsOf = blocks.Select(b => Terms.Of(new BlockWords(b.Text))).ToList();
            Report("  term counts in and out (no entries)", mb, () =>
            {
                var counts = new TermCounts();
                foreach (var t in termsOf) counts.Add(t.Span);
                foreach (var t in termsOf) counts.Remove(t.Span);
                return termsOf.Count;
            });
            Report("  window of the blocks", mb, () => Decide(blocks, options, context => context.Terms.Length));
            Report("  window, blocks fed one by one", mb, () =>
            {
                var window = new BlockWindow(options.LookAheadChars, options.LookBehindChars, BlockScratch.Pooled());
                int n = 0;
                foreach (var b in blocks)
                {
                    window.Add(b);
                    while (window.TryTake(false, out var context))
                    {
                        n += context!.Terms.Length;
                        window.Advance();
                    }
                }
                while (window.TryTake(true, out var context))
                {
                    n += context!.Terms.Length;
                    window.Advance();
                }
                return n;
            });
            Report("  window + classification of the blocks", mb, () => Decide(blocks, options, context => (int)BlockClassifier.Classify(context).Role));
            foreach (var (name, detect) in Detectors)
            {
                Report("  window + " + name, mb, () => Decide(blocks, options, context => detect(context) is null ? 0 : 1));
            }
            Report("whole reader (events)", mb, () =>
            {
                var reader = new ArticleReader(options);
                reader.Append(dump, isFinalBlock: true);
                int n = 0;
                while (reader.Read()) n++;
                return n;
            });
            Console.WriteLine();
        }
    }

    /// <summary>One stage alone, many times over (to run under a profiler): "lines" (line splitting), "blocks" (lines and blocks), "words" (BlockWords), "pooled-words" (BlockWords in a reader's slabs), "entries" (window entries), "parse" (the whole dump to an Article) or "articles" (each article of the dump to an Article).</summary>
    public static void RunOne(string stage, int megabytes, int repeat)
    {
        var dump = TextDumpGenerator.Generate(megabytes * 1024 * 1024, seed: 7);
        double mb = System.Text.Encoding.UTF8.GetByteCount(dump) / (1024.0 * 1024.0);
        var options = NewsParserOptions.Default with { Format = InputFormat.Text };
        var blocks = Blocks(dump, options);
        var scratch = BlockScratch.Unpooled();
        var pooled = BlockScratch.Pooled();
        var articles = TextDumpGenerator.GenerateArticles(megabytes * 1024 * 1024, seed: 7);
        var parser = new ArticleParser(options);
        for (int r = 0; r < repeat; r++)
        {
            Report(stage, mb, () =>
            {
                int n = 0;
                if (stage == "parse") n = new ArticleParser(options).Parse(dump).Sections.Count;
                else if (stage == "articles") foreach (var a in articles) n += parser.Parse(a).Sections.Count;
                else if (stage == "lines") n = Lines(dump, options);
                else if (stage == "blocks") n = Blocks(dump, options).Count;
                else if (stage == "words") foreach (var b in blocks) n += new BlockWords(b.Text).Count;
                else if (stage == "pooled-words") n = PooledWords(blocks, pooled);
                else foreach (var b in blocks) n += new WindowEntry(b, scratch).Length;
                return n;
            });
        }
    }

    /// <summary>The words of every block read into a reader's slabs and given back at once, as the reader does.</summary>
    private static int PooledWords(List<SourceBlock> blocks, BlockScratch scratch)
    {
        int n = 0;
        foreach (var b in blocks)
        {
            var words = new BlockWords(b.Text, scratch);
            n += words.Count;
            words.ReturnTo(scratch);
            scratch.TermSlab.Return(words.Terms);
        }
        return n;
    }

    private static readonly (string, Func<DetectionContext, BoilerplateVerdict?>)[] Detectors =
    [
        ("advertisement", NewsParse.Detection.Boilerplate.AdvertisementDetector.Detect),
        ("toc", NewsParse.Detection.Boilerplate.TableOfContentsDetector.Detect),
        ("cookie", NewsParse.Detection.Boilerplate.CookieNoticeDetector.Detect),
        ("footer", NewsParse.Detection.Boilerplate.FooterDetector.Detect),
        ("newsletter", NewsParse.Detection.Boilerplate.NewsletterDetector.Detect),
        ("share", NewsParse.Detection.Boilerplate.ShareBarDetector.Detect),
        ("social", NewsParse.Detection.Boilerplate.SocialPromptDetector.Detect),
        ("pagelabel", NewsParse.Detection.Boilerplate.PageLabelDetector.Detect),
        ("related", NewsParse.Detection.Boilerplate.RelatedLinkDetector.Detect),
    ];

    /// <summary>Adds every block to a window, then decides them in turn, summing what <paramref name="visit"/> gives for each.</summary>
    private static int Decide(List<SourceBlock> blocks, NewsParserOptions options, Func<DetectionContext, int> visit)
    {
        var window = new BlockWindow(options.LookAheadChars, options.LookBehindChars, BlockScratch.Pooled());
        foreach (var b in blocks) window.Add(b);
        int n = 0;
        while (window.TryTake(true, out var context))
        {
            n += visit(context!);
            window.Advance();
        }
        return n;
    }

    private static int Lines(string dump, NewsParserOptions options)
    {
        var splitter = new LineSplitter(options.MaxBlockChars);
        var lines = new List<TextLine>();
        splitter.Append(dump, lines);
        splitter.Complete(lines);
        return lines.Count;
    }

    private static List<SourceBlock> Blocks(string dump, NewsParserOptions options)
    {
        var splitter = new LineSplitter(options.MaxBlockChars);
        var scanner = new TextBlockScanner(options.MaxBlockChars);
        var lines = new List<TextLine>();
        var blocks = new List<SourceBlock>();
        splitter.Append(dump, lines);
        splitter.Complete(lines);
        foreach (var line in lines) scanner.Add(line, blocks);
        scanner.Complete(blocks);
        return blocks;
    }

    private static void Report(string stage, double mb, Func<int> run)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        int n = run();
        watch.Stop();
        double perMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / mb / (1024 * 1024);
        Console.WriteLine($"{stage,-40} {mb / watch.Elapsed.TotalSeconds,8:F1} MB/s {perMb,6:F1} MB alloc/MB  ({n})");
    }
}
