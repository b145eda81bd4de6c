using System.Diagnostics;
using System.IO.Compression;
using NewsParse.Warc;

namespace NewsParse.Benchmarks;

/// <summary>
/// Stopwatch harness for web archives (<c>time-warc FILE.warc.gz</c>): the cost of gzip alone (the file's members
/// inflated to nowhere), of reading the records (gzip, WARC and HTTP parsing, payload decoding), and of reading and
/// parsing every page on one core and on all cores. Prints records/s and MB/s of the file (compressed bytes), by the
/// wall clock and per CPU second of the process (the fairer figure on a shared machine).
/// </summary>
internal static class WarcTiming
{
    public static void Run(string path, int repeat)
    {
        long size = new FileInfo(path).Length;
        for (int r = 0; r < repeat; r++)
        {
            var clock = Stopwatch.StartNew();
            Cpu.Restart();
            long inflated = 0;
            using (var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
            {
                var buffer = new byte[256 * 1024];
                int n;
                while ((n = gz.Read(buffer)) > 0) inflated += n;
            }
            Report("gzip alone", path, size, 0, clock.Elapsed, $"{inflated / 1e6:F0} MB inflated");

            clock.Restart();
            Cpu.Restart();
            long records, pages = 0, payload = 0;
            using (var reader = new WarcReader(File.OpenRead(path)))
            {
                foreach (var record in reader.ReadAll())
                {
                    pages++;
                    payload += record.Payload.Length;
                }
                records = reader.RecordsRead;
            }
            Report("read records", path, size, pages, clock.Elapsed, $"{records} records, {payload / 1e6:F0} MB of pages");

            var parser = new WarcParser();
            clock.Restart();
            Cpu.Restart();
            long parsed = 0;
            using (var reader = new WarcReader(File.OpenRead(path)))
            {
                foreach (var result in parser.ParseAll(reader)) parsed += result.Error is null ? 1 : 0;
            }
            Report("read + parse, 1 core", path, size, parsed, clock.Elapsed, "");

            clock.Restart();
            Cpu.Restart();
            parsed = 0;
            using (var reader = new WarcReader(File.OpenRead(path)))
            {
                foreach (var result in parser.ParseAllAsync(reader, Environment.ProcessorCount).ToBlockingEnumerable()) parsed += result.Error is null ? 1 : 0;
            }
            Report($"read + parse, {Environment.ProcessorCount} cores", path, size, parsed, clock.Elapsed, "");
        }
    }

    private static void Report(string what, string path, long size, long pages, TimeSpan elapsed, string note)
    {
        double seconds = elapsed.TotalSeconds, cpu = Cpu.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"{what,-24} {Path.GetFileName(path)}: wall {seconds,7:F2} s {size / 1e6 / seconds,6:F1} MB/s {(pages > 0 ? $"{pages / seconds,6:F0} pages/s" : ""),-14} | CPU {cpu,7:F2} s {size / 1e6 / cpu,6:F1} MB/s {(pages > 0 ? $"{pages / cpu,6:F0} pages/s" : ""),-14} (per CPU second)  {note}"));
    }

    /// <summary>The process's CPU time since the last restart.</summary>
    private static class Cpu
    {
        private static TimeSpan _start;

        public static void Restart() => _start = Process.GetCurrentProcess().TotalProcessorTime;

        public static double Elapsed => (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalSeconds;
    }
}
