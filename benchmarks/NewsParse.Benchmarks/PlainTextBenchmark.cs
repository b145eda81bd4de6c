using System.Text;
using BenchmarkDotNet.Attributes;
using NewsParse.Reading;

namespace NewsParse.Benchmarks;

/// <summary>Plain-text throughput on one core over a generated 8 MB dump: as one article, as the articles it is made of, and the event stream from bytes.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class PlainTextBenchmark
{
    private string _dump = "";
    private byte[] _bytes = [];
    private readonly ArticleParser _parser = new(NewsParserOptions.Default with { Format = InputFormat.Text });

    [GlobalSetup]
    public void Setup()
    {
        _dump = BenchmarkData.Dump;
        _bytes = Encoding.UTF8.GetBytes(_dump);
        if (string.Concat(BenchmarkData.DumpArticles) != _dump) throw new InvalidOperationException("The articles must make up the dump.");
        if (_warm) return;
        _warm = true;
        BenchmarkWarmUp.Run(ParseString, ParseEachArticle, ReadEventsFromBytes);
    }

    private static bool _warm;

    [Benchmark(Baseline = true, Description = "Parse(string) to Article")]
    public int ParseString() => _parser.Parse(_dump).Sections.Count;

    /// <summary>The same text as the articles it is made of (a few KB each), parsed one by one: what an ingestion service does.</summary>
    [Benchmark(Description = "Parse(string) per article")]
    public int ParseEachArticle()
    {
        int n = 0;
        foreach (var article in BenchmarkData.DumpArticles) n += _parser.Parse(article).Sections.Count;
        return n;
    }

    [Benchmark(Description = "ReadEvents(Stream) bytes")]
    public int ReadEventsFromBytes()
    {
        int n = 0;
        foreach (ArticleEvent e in _parser.ReadEvents(new MemoryStream(_bytes, writable: false))) n++;
        return n;
    }
}
