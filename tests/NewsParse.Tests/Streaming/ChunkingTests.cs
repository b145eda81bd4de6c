using FsCheck.Xunit;
using NewsParse.Building;
using NewsParse.Model;
using NewsParse.Reading;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Streaming;

/// <summary>
/// The chunking property, as System.Text.Json tests Utf8JsonReader: for every input and every way of cutting it into
/// chunks (chars or bytes), the reader gives the same events and the fold gives the same article as the whole input
/// given at once.
/// </summary>
public class ChunkingTests
{
    [Theory]
    [MemberData(nameof(ChunkingInputs.TextNames), MemberType = typeof(ChunkingInputs))]
    public void Char_input_split_at_every_position_gives_the_same_events(string name)
    {
        var text = ChunkingInputs.Texts[name];
        var expected = ReadChars(text, []);
        Assert.NotEmpty(expected.Events);
        foreach (int cut in ChunkingInputs.Positions(name, text.Length)) AssertSame(expected, ReadChars(text, [cut]), name, [cut]);
    }

    [Theory]
    [MemberData(nameof(ChunkingInputs.ByteNames), MemberType = typeof(ChunkingInputs))]
    public void Byte_input_split_at_every_position_gives_the_same_events(string name)
    {
        var bytes = ChunkingInputs.Bytes[name];
        var expected = ReadBytes(bytes, []);
        Assert.NotEmpty(expected.Events);
        foreach (int cut in ChunkingInputs.Positions(name, bytes.Length)) AssertSame(expected, ReadBytes(bytes, [cut]), name, [cut]);
    }

    [Theory]
    [MemberData(nameof(ChunkingInputs.TextNames), MemberType = typeof(ChunkingInputs))]
    public void Char_input_in_small_fixed_chunks_gives_the_same_events(string name)
    {
        var text = ChunkingInputs.Texts[name];
        var expected = ReadChars(text, []);
        foreach (int size in new[] { 1, 2, 3, 7, 64, 4095, 4097 })
        {
            var cuts = Enumerable.Range(1, text.Length / size).Select(k => k * size).ToArray();
            AssertSame(expected, ReadChars(text, cuts), name, cuts);
        }
    }

    [Theory]
    [MemberData(nameof(ChunkingInputs.ByteNames), MemberType = typeof(ChunkingInputs))]
    public void Byte_input_in_small_fixed_chunks_gives_the_same_events(string name)
    {
        var bytes = ChunkingInputs.Bytes[name];
        var expected = ReadBytes(bytes, []);
        foreach (int size in new[] { 1, 2, 3, 7, 64, 4095, 4097 })
        {
            var cuts = Enumerable.Range(1, bytes.Length / size).Select(k => k * size).ToArray();
            AssertSame(expected, ReadBytes(bytes, cuts), name, cuts);
        }
    }

    /// <summary>
    /// A short input with every hazard of a chunk boundary: a byte-order mark, CRLF and lone CR breaks, two- three- and
    /// four-byte UTF-8 sequences, a title, an FAQ and a boilerplate line. Cut at every pair of positions.
    /// </summary>
    private const string PairsInput =
        "\uFEFFCafé talks resume\r\nMinisters from 中国 and Россия met on Tuesday 🙂 to resume talks.\rThey agreed on trade.\n\n"
        + "FAQ\nWhat was agreed?\nTrade rules.\nFollow us on Facebook\n";

    [Fact]
    public void Char_input_cut_at_every_pair_of_positions_gives_the_same_events()
    {
        var expected = ReadChars(PairsInput, []);
        Assert.Contains(expected.Events, e => e is FaqItemEvent);
        for (int first = 0; first <= PairsInput.Length; first++)
        {
            for (int second = first; second <= PairsInput.Length; second++) AssertSame(expected, ReadChars(PairsInput, [first, second]), "pairs", [first, second]);
        }
    }

    [Fact]
    public void Byte_input_cut_at_every_pair_of_positions_gives_the_same_events()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(PairsInput);
        var expected = ReadBytes(bytes, []);
        Assert.Contains(expected.Events, e => e is FaqItemEvent);
        for (int first = 0; first <= bytes.Length; first++)
        {
            for (int second = first; second <= bytes.Length; second++) AssertSame(expected, ReadBytes(bytes, [first, second]), "pairs", [first, second]);
        }
    }

    [Property(MaxTest = 300)]
    public void Char_input_cut_anywhere_gives_the_same_events(int[] positions, byte which)
    {
        var names = ChunkingInputs.Texts.Keys.Order(StringComparer.Ordinal).ToArray();
        var name = names[which % names.Length];
        var text = ChunkingInputs.Texts[name];
        var cuts = Normalise(positions, text.Length);
        AssertSame(ReadChars(text, []), ReadChars(text, cuts), name, cuts);
    }

    [Property(MaxTest = 300)]
    public void Byte_input_cut_anywhere_gives_the_same_events(int[] positions, byte which)
    {
        var names = ChunkingInputs.Bytes.Keys.Order(StringComparer.Ordinal).ToArray();
        var name = names[which % names.Length];
        var bytes = ChunkingInputs.Bytes[name];
        var cuts = Normalise(positions, bytes.Length);
        AssertSame(ReadBytes(bytes, []), ReadBytes(bytes, cuts), name, cuts);
    }

    [Fact]
    public void Whole_input_events_fold_to_the_parsed_article()
    {
        foreach (var (name, text) in ChunkingInputs.Texts)
        {
            Assert.True(ReadChars(text, []).Article.Equals(NewsParser.Parse(text)), name);
        }
        foreach (var (name, bytes) in ChunkingInputs.Bytes)
        {
            Assert.True(ReadBytes(bytes, []).Article.Equals(NewsParser.Parse(bytes)), name);
            Assert.True(ReadBytes(bytes, []).Article.Equals(NewsParser.Parse(new MemoryStream(bytes))), name);
        }
    }

    [Fact]
    public void An_invalid_byte_late_in_the_input_is_reported_once_whatever_the_chunks()
    {
        var bytes = ChunkingInputs.Bytes["invalid-utf8"];
        foreach (int size in new[] { 1, 100, 4096, bytes.Length })
        {
            var cuts = Enumerable.Range(1, bytes.Length / size).Select(k => k * size).ToArray();
            var read = ReadBytes(bytes, cuts);
            Assert.Single(read.Article.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding);
        }
    }

    [Fact]
    public void A_genuine_replacement_character_is_not_reported_as_invalid_bytes()
    {
        var bytes = ChunkingInputs.Bytes["genuine-replacement-char"];
        foreach (int size in new[] { 1, 2, 3, 4096, bytes.Length })
        {
            var cuts = Enumerable.Range(1, bytes.Length / size).Select(k => k * size).ToArray();
            Assert.DoesNotContain(ReadBytes(bytes, cuts).Article.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding);
        }
    }

    private static int[] Normalise(int[]? positions, int length) =>
        (positions ?? []).Select(p => (int)((uint)p % (uint)(length + 1))).Order().ToArray();

    private sealed record ReadResult(List<ArticleEvent> Events, Article Article);

    private static ReadResult ReadChars(string text, int[] cuts)
    {
        var reader = new ArticleReader();
        var events = new List<ArticleEvent>();
        int from = 0;
        foreach (int cut in cuts)
        {
            reader.Append(text.AsSpan(from, cut - from));
            Drain(reader, events);
            from = cut;
        }
        reader.Append(text.AsSpan(from), isFinalBlock: true);
        Drain(reader, events);
        Assert.True(reader.IsCompleted);
        return new ReadResult(events, Fold(events));
    }

    [Theory]
    [MemberData(nameof(ChunkingInputs.ByteNames), MemberType = typeof(ChunkingInputs))]
    public void A_size_told_in_advance_right_or_wrong_gives_the_same_events(string name)
    {
        // The size lets an HTML page be held in one array from the start; a wrong one must only cost a copy.
        var bytes = ChunkingInputs.Bytes[name];
        var expected = ReadBytes(bytes, []);
        int third = bytes.Length / 3;
        foreach (long size in new long[] { 1, third, bytes.Length, bytes.Length * 4L })
        {
            AssertSame(expected, ReadBytes(bytes, [], size), $"{name}, size {size}", []);
            AssertSame(expected, ReadBytes(bytes, [third, 2 * third], size), $"{name}, size {size}, in thirds", [third, 2 * third]);
        }
    }

    private static ReadResult ReadBytes(byte[] bytes, int[] cuts, long expectedSize = 0)
    {
        var reader = new ArticleReader();
        if (expectedSize > 0) reader.ExpectAtMost(expectedSize);
        var events = new List<ArticleEvent>();
        int from = 0;
        foreach (int cut in cuts)
        {
            reader.AppendBytes(bytes.AsSpan(from, cut - from));
            Drain(reader, events);
            from = cut;
        }
        reader.AppendBytes(bytes.AsSpan(from), isFinalBlock: true);
        Drain(reader, events);
        Assert.True(reader.IsCompleted);
        return new ReadResult(events, Fold(events));
    }

    private static void Drain(ArticleReader reader, List<ArticleEvent> events)
    {
        while (reader.Read()) events.Add(reader.Current);
    }

    private static Article Fold(List<ArticleEvent> events)
    {
        var builder = new ArticleBuilder();
        foreach (var e in events) builder.Add(e);
        return builder.Build();
    }

    private static void AssertSame(ReadResult expected, ReadResult actual, string name, int[] cuts)
    {
        if (expected.Events.SequenceEqual(actual.Events) && expected.Article.Equals(actual.Article)) return;
        var want = expected.Events.Select(ArticleJson.ToJson).ToList();
        var got = actual.Events.Select(ArticleJson.ToJson).ToList();
        int at = 0;
        while (at < want.Count && at < got.Count && want[at] == got[at]) at++;
        Assert.Fail($"{name} cut at [{string.Join(", ", cuts.Take(20))}{(cuts.Length > 20 ? ", ..." : "")}]: event {at} differs\n"
            + $"expected: {(at < want.Count ? want[at] : "(end)")}\nactual:   {(at < got.Count ? got[at] : "(end)")}");
    }
}
