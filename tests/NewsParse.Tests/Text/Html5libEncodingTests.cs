using System.Text;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

/// <summary>
/// The encoding cases of html5lib-tests (Corpus/html5lib-encoding, MIT): the page's bytes and the encoding a browser
/// chooses. Every case of the three files runs; the expected "windows-1252" of a page that declares nothing is the
/// browsers' default, where NewsParse reads ASCII-only bytes as UTF-8 — the same characters, which the test checks.
/// </summary>
public sealed class Html5libEncodingTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var file in new[] { "tests1.dat", "tests2.dat", "test-yahoo-jp.dat" })
        {
            var cases = Parse(File.ReadAllBytes(Corpus.PathOf("html5lib-encoding", file)));
            for (int i = 0; i < cases.Count; i++) yield return [file, i, cases[i].Data, cases[i].Encoding];
        }
    }

    [Fact]
    public void Every_case_of_the_three_files_is_read()
    {
        Assert.Equal(59 + 22 + 1, Cases().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_encoding_is_the_one_a_browser_chooses(string file, int index, byte[] data, string expected)
    {
        var sniffed = EncodingSniffer.TrySniff(data, isFinal: true, transportCharset: null);
        Assert.NotNull(sniffed);
        string name = sniffed.Value.Name;
        if (name == EncodingLabels.Utf8 && expected.Equals("windows-1252", StringComparison.OrdinalIgnoreCase))
        {
            // Nothing declared: NewsParse's default reads these bytes exactly as windows-1252 would.
            Assert.Null(MetaPrescan.Find(data));
            Assert.Equal(EncodingLabels.Get("windows-1252").GetString(data), sniffed.Value.Encoding.GetString(data));
            return;
        }
        Assert.True(string.Equals(expected, name, StringComparison.OrdinalIgnoreCase), $"{file} case {index}: expected {expected}, got {name}");
    }

    private static List<(byte[] Data, string Encoding)> Parse(byte[] file)
    {
        // "#data\n" starts a case; its bytes run to the "\n#encoding\n" line (that line break is not part of them).
        var cases = new List<(byte[], string)>();
        var marker = "#data\n"u8.ToArray();
        var encoding = "\n#encoding\n"u8.ToArray();
        int at = file.AsSpan().IndexOf(marker);
        while (at >= 0)
        {
            int start = at + marker.Length;
            int end = file.AsSpan(start).IndexOf(encoding);
            Assert.True(end >= 0, "a case without #encoding");
            var data = file.AsSpan(start, end).ToArray();
            int nameStart = start + end + encoding.Length;
            int nameEnd = file.AsSpan(nameStart).IndexOf((byte)'\n');
            var name = Encoding.ASCII.GetString(nameEnd < 0 ? file.AsSpan(nameStart) : file.AsSpan(nameStart, nameEnd)).Trim();
            cases.Add((data, name));
            int next = file.AsSpan(nameStart).IndexOf(marker);
            at = next < 0 ? -1 : nameStart + next;
        }
        return cases;
    }
}
