using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsParse.Benchmarks;

/// <summary>MB/s and allocated bytes per MB of input, from the mean time and the memory diagnoser, per scenario.</summary>
internal sealed class ThroughputColumn(bool allocations) : IColumn
{
    public string Id => allocations ? "AllocPerMB" : "MBps";
    public string ColumnName => allocations ? "Alloc/MB" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => allocations ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => allocations ? "Managed bytes allocated per MB (2^20 bytes) of input" : "Input MB (2^20 bytes, UTF-8) per second, from the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        double megabytes = InputBytes(benchmarkCase.Descriptor.Type) / (1024.0 * 1024.0);
        if (report?.ResultStatistics is null || megabytes <= 0) return "-";
        if (!allocations) return (megabytes / (report.ResultStatistics.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        long allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
        return $"{allocated / megabytes / (1024 * 1024):F1} MB";
    }

    private static long InputBytes(Type type) =>
        type == typeof(PlainTextBenchmark) ? BenchmarkData.DumpUtf8Bytes : BenchmarkData.PagesBytes;

    public override string ToString() => ColumnName;
}
