using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsParse.Html;

/// <summary>
/// The verdicts of class and id values shared by every page of the process (see <see cref="ClassHintCache"/>): an
/// open-addressing table searched by a span, without a lock and without hashing the value twice. An entry is made whole
/// before it is published in its slot, and a slot once set never changes, so readers need no lock; writers take one.
/// First come, first kept: at most <see cref="Capacity"/> values, in a table of twice as many slots (a search always
/// meets an empty slot). Hashes are seeded once per process, so the values of a page cannot be chosen to collide.
/// </summary>
internal sealed class ClassVerdictTable
{
    private sealed class Entry(string key, int hash, ClassHints.Verdict verdict)
    {
        public readonly string Key = key;
        public readonly int Hash = hash;
        public readonly ClassHints.Verdict Verdict = verdict;
    }

    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private readonly Entry?[] _slots;
    private readonly object _gate = new();
    private int _count;

    /// <summary>A table that keeps at most <paramref name="capacity"/> values.</summary>
    public ClassVerdictTable(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _slots = new Entry?[BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    }

    /// <summary>Most values kept.</summary>
    public int Capacity { get; }

    /// <summary>Values kept so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The verdict kept for <paramref name="key"/>, when there is one. Thread-safe, without a lock.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out ClassHints.Verdict verdict)
    {
        int hash = Hash(key);
        int mask = _slots.Length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask)
        {
            var entry = Volatile.Read(ref _slots[at]);
            if (entry is null) break;
            if (entry.Hash == hash && key.SequenceEqual(entry.Key))
            {
                verdict = entry.Verdict;
                return true;
            }
        }
        verdict = default;
        return false;
    }

    /// <summary>Keeps <paramref name="verdict"/> for <paramref name="key"/> (a value kept already keeps its first verdict); false when the table is full.</summary>
    public bool TryAdd(string key, ClassHints.Verdict verdict)
    {
        int hash = Hash(key);
        int mask = _slots.Length - 1;
        lock (_gate)
        {
            int at = hash & mask;
            for (; _slots[at] is { } entry; at = (at + 1) & mask)
            {
                if (entry.Hash == hash && entry.Key == key) return true;
            }
            if (_count >= Capacity) return false;
            Volatile.Write(ref _slots[at], new Entry(key, hash, verdict));
            Volatile.Write(ref _count, _count + 1);
            return true;
        }
    }

    /// <summary>A seeded hash of the characters, eight bytes at a time.</summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        var bytes = MemoryMarshal.AsBytes(key);
        ulong hash = Seed ^ (ulong)key.Length * 0x9E3779B97F4A7C15;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[i..])) * 0xFF51AFD7ED558CCD;
            hash ^= hash >> 32;
        }
        if (i < bytes.Length)
        {
            ulong tail = 0;
            for (int k = bytes.Length - 1; k >= i; k--) tail = tail << 8 | bytes[k];
            hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53;
        }
        hash ^= hash >> 29;
        hash *= 0x94D049BB133111EB;
        hash ^= hash >> 32;
        return (int)hash;
    }
}
