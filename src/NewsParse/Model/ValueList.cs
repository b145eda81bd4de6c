using System.Collections.ObjectModel;

namespace NewsParse.Model;

/// <summary>
/// Read-only copies of sequences for the model's collections. A copy compares by value (same items in the same
/// order), so a record holding one compares by value with its compiler-made equality: a new member of a model record
/// needs no hand-written <c>Equals</c>.
/// </summary>
internal static class ValueList
{
    /// <summary>A read-only copy of <paramref name="items"/>; null gives the empty list.</summary>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static IReadOnlyList<T> From<T>(IEnumerable<T>? items, string name = "items")
    {
        if (items is null) return Array.Empty<T>();
        // Only a list made here is known to own its array; any other ReadOnlyCollection may wrap a list its maker
        // still changes, so it is copied.
        if (items is Frozen<T> already) return already;
        var array = items.ToArray();
        if (array.Length == 0) return Array.Empty<T>();
        foreach (var item in array)
        {
            if (item is null) throw new ArgumentException($"{name} holds a null item; the model has no null items.", name);
        }
        return new Frozen<T>(array);
    }

    /// <summary>A read-only list over an array that nothing else references; equal to another with the same items in order.</summary>
    private sealed class Frozen<T>(T[] items) : ReadOnlyCollection<T>(items), IEquatable<Frozen<T>>
    {
        public bool Equals(Frozen<T>? other) => other is not null && SequenceEqual(this, other);

        public override bool Equals(object? obj) => obj is Frozen<T> other && Equals(other);

        // The count and the first item: cheap on deep trees, and equal lists always hash alike.
        public override int GetHashCode() => Hash(this);
    }

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
