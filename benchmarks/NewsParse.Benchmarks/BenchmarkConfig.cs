using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace NewsParse.Benchmarks;

/// <summary>The memory diagnoser and the MB/s and Alloc/MB columns, added to the default configuration by the [Config] attribute.</summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn(allocations: false), new ThroughputColumn(allocations: true));
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
