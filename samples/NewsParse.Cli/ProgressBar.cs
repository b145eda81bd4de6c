using System.Diagnostics;
using System.Globalization;

namespace NewsParse.Cli;

/// <summary>
/// The batch progress line on stderr: documents done (of the total when known), a bar, docs/s, MB/s and the ETA.
/// Redrawn in place at most ten times a second; silent when disabled (stderr not a terminal).
/// </summary>
internal sealed class ProgressBar(TextWriter stderr, long? total, bool enabled)
{
    private const int Width = 24;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private long _done;
    private long _bytes;
    private bool _drawn;
    private int _width;

    /// <summary>True when stderr is the console and a terminal.</summary>
    public static bool ShouldShow(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public void Advance(long bytes)
    {
        _done++;
        _bytes += bytes;
        if (!enabled) return;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawMs < 100 && _done != total) return;
        _lastDrawMs = now;
        Draw();
    }

    /// <summary>Writes one line of its own on stderr (a note, an error), over the progress line when one is drawn; the bar comes back at the next draw.</summary>
    public void Note(string line)
    {
        if (enabled && _drawn)
        {
            stderr.Write('\r');
            stderr.Write(line.PadRight(_width));
            stderr.WriteLine();
            _drawn = false;
        }
        else
        {
            stderr.WriteLine(line);
        }
        if (enabled) stderr.Flush();
    }

    /// <summary>Ends the progress line so later messages start on a line of their own.</summary>
    public void Finish()
    {
        if (!enabled || !_drawn) return;
        Draw();
        stderr.WriteLine();
        stderr.Flush();
    }

    public string Describe()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        double docsPerSecond = _done / seconds;
        double megabytesPerSecond = _bytes / (1024.0 * 1024.0) / seconds;
        var rate = string.Create(CultureInfo.InvariantCulture, $"{docsPerSecond,7:F1} docs/s {megabytesPerSecond,6:F1} MB/s");
        if (total is not { } all || all == 0) return $"{_done,7} docs {rate}";
        int filled = (int)(Width * _done / all);
        var bar = new string('#', filled) + new string('.', Width - filled);
        var eta = docsPerSecond > 0 ? TimeSpan.FromSeconds((all - _done) / docsPerSecond) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture, $"{_done,7}/{all} [{bar}] {rate}  ETA {(int)eta.TotalHours}:{eta.Minutes:00}:{eta.Seconds:00}");
    }

    private void Draw()
    {
        stderr.Write('\r');
        var text = Describe();
        _width = Math.Max(_width, text.Length + 2);
        stderr.Write(text);
        stderr.Write("  ");
        stderr.Flush();
        _drawn = true;
    }
}
