using System.Collections.ObjectModel;

namespace NewsParse.Model;

/// <summary>Read-only copies of sequences and their value equality, for the model's collections.</summary>
internal static class ValueList
{
    public static IReadOnlyList<T> From<T>(IEnumerable<T>? items)
    {
        if (items is null) return Array.Empty<T>();
        // Only a list made here is known to own its array; any other ReadOnlyCollection may wrap a list its maker
        // still changes, so it is copied.
        if (items is Frozen<T> already) return already;
        var array = items.ToArray();
        return array.Length == 0 ? Array.Empty<T>() : new Frozen<T>(array);
    }

    /// <summary>A read-only list over an array that nothing else references.</summary>
    private sealed class Frozen<T>(T[] items) : ReadOnlyCollection<T>(items);

    public static bool SequenceEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i])) return false;
        }
        return true;
    }

    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        if (items.Count > 0) hash.Add(items[0]);
        return hash.ToHashCode();
    }
}
