using BenchmarkDotNet.Attributes;
using NewsParse.Cli.Batch;

namespace NewsParse.Benchmarks;

/// <summary>The batch of many documents: every aeb-dev page through <see cref="BatchParser"/>, in input order, at 1 and all cores.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class BatchBenchmark
{
    private DocumentSource[] _sources = [];
    private readonly BatchParser _batch = new();

    [Params(1, 2)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup() => _sources = BenchmarkData.Pages.Select(p => DocumentSource.FromHtml("https://example.org/" + p.Name, p.Html)).ToArray();

    [Benchmark(Description = "BatchParser.ParseAllAsync (in memory)")]
    public async Task<int> ParseAll()
    {
        int n = 0;
        await foreach (var result in _batch.ParseAllAsync(_sources, Parallelism)) n += result.Succeeded ? 1 : 0;
        return n;
    }
}
