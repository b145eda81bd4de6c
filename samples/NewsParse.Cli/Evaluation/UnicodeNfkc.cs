using System.Globalization;
using System.Text;

namespace NewsParse.Cli.Evaluation;

/// <summary>
/// Unicode normalization form KC, as Python's <c>unicodedata.normalize("NFKC", s)</c> computes it, from the data in
/// UnicodeNormalization.txt (generated from Python's unicodedata, see its header): full compatibility decomposition,
/// canonical ordering of combining marks, canonical composition (Hangul syllables algorithmically). The CLI runs with
/// invariant globalization, where <see cref="string.Normalize(NormalizationForm)"/> leaves text as it is; the scoring
/// scripts compare metadata after NFKC, so the evaluation needs its own. Loaded once; thread-safe.
/// </summary>
internal static class UnicodeNfkc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Data> Tables = new(Load);

    private sealed record Data(Dictionary<int, int[]> Decompositions, Dictionary<int, int> Classes, Dictionary<long, int> Composites);

    /// <summary>The NFKC form of <paramref name="text"/>; the same instance when it is ASCII.</summary>
    public static string Normalize(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var data = Tables.Value;
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) Decompose(rune.Value, points, data);
        Reorder(points, data);
        Compose(points, data);
        var result = new StringBuilder(points.Count);
        foreach (int point in points) result.Append(char.ConvertFromUtf32(point));
        return result.ToString();
    }

    private static void Decompose(int point, List<int> output, Data data)
    {
        if (point is >= SBase and < SBase + SCount)
        {
            int index = point - SBase;
            output.Add(LBase + index / NCount);
            output.Add(VBase + index % NCount / TCount);
            if (index % TCount != 0) output.Add(TBase + index % TCount);
            return;
        }
        if (data.Decompositions.TryGetValue(point, out var parts)) output.AddRange(parts);
        else output.Add(point);
    }

    private static int ClassOf(int point, Data data) => data.Classes.TryGetValue(point, out int value) ? value : 0;

    /// <summary>Puts each run of combining marks in the order of their classes (a stable sort).</summary>
    private static void Reorder(List<int> points, Data data)
    {
        for (int i = 1; i < points.Count; i++)
        {
            int cc = ClassOf(points[i], data);
            if (cc == 0) continue;
            for (int j = i; j > 0; j--)
            {
                int before = ClassOf(points[j - 1], data);
                if (before == 0 || before <= cc) break;
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
            }
        }
    }

    private static void Compose(List<int> points, Data data)
    {
        if (points.Count == 0) return;
        var output = new List<int>(points.Count) { points[0] };
        int starterAt = ClassOf(points[0], data) == 0 ? 0 : -1;
        int lastClass = starterAt == 0 ? 0 : 256;
        for (int i = 1; i < points.Count; i++)
        {
            int point = points[i], cc = ClassOf(point, data);
            if (starterAt >= 0 && (lastClass < cc || lastClass == 0) && Composite(output[starterAt], point, data) is int composite)
            {
                output[starterAt] = composite;
                continue;
            }
            if (cc == 0) starterAt = output.Count;
            lastClass = cc;
            output.Add(point);
        }
        points.Clear();
        points.AddRange(output);
    }

    private static int? Composite(int first, int second, Data data)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
            return SBase + ((first - LBase) * VCount + second - VBase) * TCount;
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
            return first + second - TBase;
        return data.Composites.TryGetValue(((long)first << 21) | (uint)second, out int composite) ? composite : null;
    }

    private static Data Load()
    {
        using var stream = typeof(UnicodeNfkc).Assembly.GetManifestResourceStream("NewsParse.Cli.UnicodeNormalization.txt")
            ?? throw new InvalidOperationException("the Unicode normalization data is not embedded");
        using var reader = new StreamReader(stream);
        var data = new Data([], [], []);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split(' ');
            switch (fields[0])
            {
                case "D": data.Decompositions[Hex(fields[1])] = fields.Skip(2).Select(Hex).ToArray(); break;
                case "C": data.Classes[Hex(fields[1])] = int.Parse(fields[2], CultureInfo.InvariantCulture); break;
                case "P": data.Composites[((long)Hex(fields[1]) << 21) | (uint)Hex(fields[2])] = Hex(fields[3]); break;
            }
        }
        return data;
    }

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
