using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace NewsParse.Benchmarks;

/// <summary>The default configuration plus the memory diagnoser and the MB/s and Alloc/MB columns.</summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn(allocations: false), new ThroughputColumn(allocations: true));
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
