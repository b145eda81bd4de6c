using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace NewsParse.Benchmarks;

/// <summary>
/// HTML throughput over the aeb-dev pages (one operation = every page once): NewsParse's own tokenizer alone, tokenizer
/// + tree builder, the whole of NewsParse from strings and from UTF-8 bytes, the HTML layer up to its blocks (no detection pipeline), the whole of NewsParse, SmartReader 0.11.1 on the same pages, and AngleSharp's bare
/// <c>ParseDocument</c> (the floor under any AngleSharp-based extractor).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class HtmlPagesBenchmark
{
    private (string Name, string Html)[] _pages = [];
    private byte[][] _bytes = [];
    private readonly ArticleParser _parser = new(NewsParserOptions.Default with { Format = InputFormat.Html });

    [GlobalSetup]
    public void Setup()
    {
        _pages = [.. BenchmarkData.Pages];
        _bytes = [.. _pages.Select(p => System.Text.Encoding.UTF8.GetBytes(p.Html))];
        SmartReaderRunner.BlockNetwork();
        WarmUp();
    }

    private static bool _warm;

    /// <summary>NewsParse (from strings and from bytes) and SmartReader over the pages, once per process (see <see cref="BenchmarkWarmUp"/>).</summary>
    private void WarmUp()
    {
        if (_warm) return;
        _warm = true;
        BenchmarkWarmUp.Run(NewsParse, NewsParseBytes, SmartReader);
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument (floor)")]
    public int AngleSharpBare()
    {
        int n = 0;
        foreach (var (_, html) in _pages) n += new HtmlParser().ParseDocument(html).All.Length;
        return n;
    }

    [Benchmark(Description = "NewsParse tokenizer alone")]
    public int Tokenizer()
    {
        int n = 0;
        foreach (var (_, html) in _pages) n += HtmlFrontEnd.Tokenize(html);
        return n;
    }

    [Benchmark(Description = "NewsParse tokenizer + tree")]
    public int Tree()
    {
        int n = 0;
        foreach (var (_, html) in _pages) n += HtmlFrontEnd.Tree(html);
        return n;
    }

    [Benchmark(Description = "NewsParse")]
    public int NewsParse()
    {
        int n = 0;
        foreach (var (_, html) in _pages) n += _parser.Parse(html).Sections.Count;
        return n;
    }

    /// <summary>The pages as a crawler or a file gives them: bytes, the encoding sniffed, the page decoded into a pooled array.</summary>
    [Benchmark(Description = "NewsParse from bytes")]
    public int NewsParseBytes()
    {
        int n = 0;
        foreach (var bytes in _bytes) n += _parser.Parse(bytes.AsSpan()).Sections.Count;
        return n;
    }

    // after NewsParse: run in process, it then starts from code the whole parse has already warmed
    [Benchmark(Description = "NewsParse HTML layer (no detection)")]
    public int Layer()
    {
        int n = 0;
        foreach (var (_, html) in _pages) n += HtmlFrontEnd.Layer(html);
        return n;
    }

    [Benchmark(Description = "SmartReader 0.11.1")]
    public int SmartReader()
    {
        int n = 0;
        foreach (var (name, html) in _pages) n += SmartReaderRunner.Extract("https://example.org/" + name, html).Length;
        return n;
    }
}
