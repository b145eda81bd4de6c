using System.Text;

namespace NewsParse.Tests.Streaming;

/// <summary>
/// The inputs of the chunking property: the seed text dump and variants of it that exercise the reader's resumable
/// parts (CRLF and lone CR line breaks, blank-line separated paragraphs, a byte-order mark, multi-byte UTF-8 and
/// surrogate pairs, the seed HTML page), plus byte inputs with an invalid sequence and a genuine U+FFFD.
/// </summary>
internal static class ChunkingInputs
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> TextInputs = new(Build);

    public static IReadOnlyDictionary<string, string> Texts => TextInputs.Value;

    public static IEnumerable<object[]> TextNames() => Texts.Keys.Select(k => new object[] { k });

    /// <summary>Byte inputs: the UTF-8 of every text input, and two made only of bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Bytes { get; } = BuildBytes();

    public static IEnumerable<object[]> ByteNames() => Bytes.Keys.Select(k => new object[] { k });

    /// <summary>
    /// The cut positions tried one at a time: every position, except for the HTML page, which the reader holds whole
    /// until its final chunk, so that cuts matter only where the input is sniffed and decoded: every position in the
    /// first and last 300 and around the format sniffing window (4,096 chars), and every 29th elsewhere. (These inputs
    /// are shorter than the 64 KiB the encoding is sniffed from; cuts around that window are tested in Text/EncodingTests.)
    /// </summary>
    public static IEnumerable<int> Positions(string name, int length)
    {
        for (int p = 0; p <= length; p++)
        {
            if (name != "seed-html" || p < 300 || p > length - 300 || Math.Abs(p - 4096) < 300 || p % 29 == 0) yield return p;
        }
    }

    private static Dictionary<string, string> Build()
    {
        var seed = Corpus.Read("seed", "xi-putin-moscow.txt");
        // The variants use the opening of the seed (headline, paragraphs, headings, a contents block): enough for
        // every boundary case of their line breaks, and short enough to be split at every position quickly.
        var lf = seed.Replace("\r\n", "\n");
        lf = lf[..(lf.IndexOf('\n', 2000) + 1)];
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = seed,
            ["seed-crlf"] = lf.Replace("\n", "\r\n"),
            ["seed-cr"] = lf.Replace("\n", "\r"),
            ["seed-blank-lines"] = lf.Replace("\n", "\n\n"),
            ["seed-bom"] = "\uFEFF" + lf,
            ["seed-html"] = Corpus.Read("seed", "xi-putin-moscow.wordpress.html"),
            ["multilingual"] = Multilingual(),
        };
    }

    private static Dictionary<string, byte[]> BuildBytes()
    {
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, text) in Texts) bytes[name] = Encoding.UTF8.GetBytes(text);
        var seed = Encoding.UTF8.GetBytes(Texts["seed"]);

        // An invalid byte well after the encoding was decided, and a genuine U+FFFD (EF BF BD) elsewhere.
        var invalid = new List<byte>(seed);
        int late = IndexOfNewLine(seed, 6000);
        invalid.InsertRange(late, [0xFF, (byte)'x', 0xC3]);
        int early = IndexOfNewLine(seed, 200);
        invalid.InsertRange(early, Encoding.UTF8.GetBytes(" \uFFFD"));
        bytes["invalid-utf8"] = [.. invalid];

        var replacementOnly = new List<byte>(seed);
        replacementOnly.InsertRange(IndexOfNewLine(seed, 5000), Encoding.UTF8.GetBytes(" \uFFFD\uFFFD"));
        bytes["genuine-replacement-char"] = [.. replacementOnly];
        return bytes;
    }

    private static int IndexOfNewLine(byte[] bytes, int from) => Array.IndexOf(bytes, (byte)'\n', from);

    private static string Multilingual()
    {
        var builder = new StringBuilder();
        builder.Append("Der Gipfel in Moskau: Xi und Putin 🇨🇳🇷🇺\n");
        builder.Append("Präsident Xi Jinping traf am Freitag in Moskau ein, um an den Feierlichkeiten zum Jahrestag teilzunehmen. ");
        builder.Append("Die Begegnung wurde von Beobachtern aufmerksam verfolgt, denn sie fällt in eine Zeit großer Spannungen. 😀\r\n");
        builder.Append("Россия и Китай\r\n");
        builder.Append("Владимир Путин заявил, что отношения между странами находятся на беспрецедентно высоком уровне. ");
        builder.Append("Он подчеркнул значение сотрудничества в энергетике и торговле.\n\n");
        builder.Append("中国和俄罗斯的关系\n");
        builder.Append("习近平在莫斯科表示，中俄两国将继续加强战略协作，共同维护国际公平正义。双方还签署了多项合作文件。\n");
        builder.Append("- Energie: 𝔾𝕒𝕤 und Öl\n- Handel: Ausbau der Route\n- Kultur: Austauschjahre\n");
        builder.Append("> „Wir stehen zusammen“, sagte Xi.\n");
        builder.Append("```\ncode ✓ line\n```\n");
        builder.Append("Häufige Fragen\n");
        builder.Append("Was wurde vereinbart?\nMehrere Abkommen über Energie und Handel wurden unterzeichnet.\n");
        return builder.ToString();
    }
}
