using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace NewsParse.Html;

/// <summary>
/// The verdicts of class and id values (see <see cref="ClassHints"/>), weighed once and shared by every page of the
/// process: pages repeat their class names (a menu's hundred items share one) and so do sites (the same themes and
/// frameworks), and a verdict follows from the value alone. Bounded: at most <see cref="SharedCapacity"/> values of at
/// most <see cref="SharedMaxChars"/> characters are shared (the first ones met; about 6 MB at most), the others are
/// kept for their page only. One instance per page, read by one thread; the shared verdicts are thread-safe.
/// </summary>
internal sealed class ClassHintCache
{
    /// <summary>Most values whose verdicts are shared by every page of the process.</summary>
    public const int SharedCapacity = 16_384;

    /// <summary>Longest value shared; a longer one (a utility-class soup, unique to its page) is kept for its page only.</summary>
    public const int SharedMaxChars = 128;

    private static readonly ConcurrentDictionary<string, ClassHints.Verdict> Shared = new(Environment.ProcessorCount, SharedCapacity, StringComparer.Ordinal);
    private static readonly StrongBox<int> SharedCount = new();

    private Dictionary<string, ClassHints.Verdict>? _page;  // this page's values that are not shared

    /// <summary>The verdict of <paramref name="key"/> (a value lower-cased with each run of digits written as one '0'), weighed once per process while the shared verdicts have room, then once per page at most.</summary>
    public ClassHints.Verdict VerdictOf(ReadOnlySpan<char> key)
    {
#if NET9_0_OR_GREATER
        if (Shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var verdict)) return verdict;
        if (_page is not null && _page.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out verdict)) return verdict;
        var name = key.ToString();
#else
        var name = key.ToString();
        if (Shared.TryGetValue(name, out var verdict)) return verdict;
        if (_page is not null && _page.TryGetValue(name, out verdict)) return verdict;
#endif
        verdict = ClassHints.Weigh(key);
        if (name.Length <= SharedMaxChars && Volatile.Read(ref SharedCount.Value) < SharedCapacity)
        {
            if (Shared.TryAdd(name, verdict)) Interlocked.Increment(ref SharedCount.Value);
        }
        else (_page ??= new Dictionary<string, ClassHints.Verdict>(256, StringComparer.Ordinal))[name] = verdict;
        return verdict;
    }
}
