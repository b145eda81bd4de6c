using FsCheck;
using FsCheck.Fluent;

namespace NewsParse.Tests.Properties;

/// <summary>Bounded list generators: FsCheck's ListOf grows with the size parameter, which makes nested article models needlessly large and slow.</summary>
public static class GenExtensions
{
    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> elements.</summary>
    public static Gen<List<T>> Few<T>(this Gen<T> gen, int min, int max) =>
        from n in Gen.Choose(min, max)
        from items in gen.ArrayOf(n)
        select items.ToList();
}
