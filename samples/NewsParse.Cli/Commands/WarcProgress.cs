using System.Diagnostics;
using System.Globalization;

namespace NewsParse.Cli.Commands;

/// <summary>
/// The progress line of a run over archives, on stderr: records written, records/s, MB/s of archive read (compressed
/// bytes for a .gz) and the ETA from the archives' sizes. Redrawn in place at most ten times a second; silent when disabled.
/// </summary>
internal sealed class WarcProgress(TextWriter stderr, long totalBytes, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private long _records;
    private long _doneFiles;   // bytes of the archives finished
    private long _current;     // bytes read of the archive being read
    private bool _drawn;

    public void Advance(long bytesReadOfCurrent)
    {
        _records++;
        _current = bytesReadOfCurrent;
        if (!enabled) return;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawMs < 100) return;
        _lastDrawMs = now;
        Draw();
    }

    public void EndFile(long bytesRead)
    {
        _doneFiles += bytesRead;
        _current = 0;
    }

    public void Finish()
    {
        if (!enabled || !_drawn) return;
        Draw();
        stderr.WriteLine();
        stderr.Flush();
        _drawn = false;
    }

    public string Describe()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        long bytes = _doneFiles + _current;
        double perSecond = bytes / seconds;
        var eta = perSecond > 0 && totalBytes > bytes ? TimeSpan.FromSeconds((totalBytes - bytes) / perSecond) : TimeSpan.Zero;
        double share = totalBytes > 0 ? 100.0 * bytes / totalBytes : 100;
        return string.Create(CultureInfo.InvariantCulture,
            $"{_records,9} records {_records / seconds,8:F1} rec/s {perSecond / (1024 * 1024),7:F1} MB/s {share,5:F1}%  ETA {(int)eta.TotalHours}:{eta.Minutes:00}:{eta.Seconds:00}");
    }

    private void Draw()
    {
        stderr.Write('\r');
        stderr.Write(Describe());
        stderr.Write("  ");
        stderr.Flush();
        _drawn = true;
    }
}
