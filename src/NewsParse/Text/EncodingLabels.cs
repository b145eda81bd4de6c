using System.Collections.Frozen;
using System.Text;

namespace NewsParse.Text;

/// <summary>
/// The WHATWG Encoding Standard's table of labels (https://encoding.spec.whatwg.org/#names-and-labels): every label a
/// page or a server may write, mapped to the name of the encoding it means, and each encoding to a .NET decoder.
/// As the standard says, <c>iso-8859-1</c>, <c>latin1</c>, <c>ascii</c>, <c>us-ascii</c> and their friends mean
/// windows-1252, and <c>iso-8859-9</c> means windows-1254. Legacy code pages come from the runtime's code-pages
/// provider; the three the runtime lacks (ISO-8859-10, -14, -16) and x-user-defined are tables here
/// (<see cref="SingleByteEncoding"/>); the labels of unsafe encodings (ISO-2022-KR, ISO-2022-CN, HZ-GB-2312) mean the
/// replacement encoding (<see cref="ReplacementEncoding"/>). UTF-7 has no label: it is never used. Stateless and
/// thread-safe; the encodings are made once and shared (a .NET <see cref="Encoding"/> is immutable).
/// </summary>
internal static class EncodingLabels
{
    /// <summary>The standard's names of the encodings this table uses by name.</summary>
    public const string Utf8 = "UTF-8", Utf16LE = "UTF-16LE", Utf16BE = "UTF-16BE", Windows1252 = "windows-1252",
        XUserDefined = "x-user-defined", Replacement = "replacement";

    /// <summary>Each encoding of the standard: its name, its labels and where its decoder comes from.</summary>
    private static readonly (string Name, int CodePage, string[] Labels)[] Table =
    [
        (Utf8, 65001, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        // Legacy single-byte encodings.
        ("IBM866", 866, ["866", "cp866", "csibm866", "ibm866"]),
        ("ISO-8859-2", 28592, ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        ("ISO-8859-3", 28593, ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        ("ISO-8859-4", 28594, ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        ("ISO-8859-5", 28595, ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        ("ISO-8859-6", 28596, ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        ("ISO-8859-7", 28597, ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        ("ISO-8859-8", 28598, ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"]),
        ("ISO-8859-8-I", 38598, ["csiso88598i", "iso-8859-8-i", "logical"]),
        ("ISO-8859-10", 0, ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        ("ISO-8859-13", 28603, ["iso-8859-13", "iso8859-13", "iso885913"]),
        ("ISO-8859-14", 0, ["iso-8859-14", "iso8859-14", "iso885914"]),
        ("ISO-8859-15", 28605, ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        ("ISO-8859-16", 0, ["iso-8859-16"]),
        ("KOI8-R", 20866, ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        ("KOI8-U", 21866, ["koi8-ru", "koi8-u"]),
        ("macintosh", 10000, ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        ("windows-874", 874, ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        ("windows-1250", 1250, ["cp1250", "windows-1250", "x-cp1250"]),
        ("windows-1251", 1251, ["cp1251", "windows-1251", "x-cp1251"]),
        (Windows1252, 1252, ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
        ("windows-1253", 1253, ["cp1253", "windows-1253", "x-cp1253"]),
        ("windows-1254", 1254, ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"]),
        ("windows-1255", 1255, ["cp1255", "windows-1255", "x-cp1255"]),
        ("windows-1256", 1256, ["cp1256", "windows-1256", "x-cp1256"]),
        ("windows-1257", 1257, ["cp1257", "windows-1257", "x-cp1257"]),
        ("windows-1258", 1258, ["cp1258", "windows-1258", "x-cp1258"]),
        ("x-mac-cyrillic", 10007, ["x-mac-cyrillic", "x-mac-ukrainian"]),
        // Legacy multi-byte encodings: Chinese, Japanese, Korean.
        ("GBK", 936, ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]),
        ("gb18030", 54936, ["gb18030"]),
        ("Big5", 950, ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("EUC-JP", 51932, ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        ("ISO-2022-JP", 50220, ["csiso2022jp", "iso-2022-jp"]),
        ("Shift_JIS", 932, ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        ("EUC-KR", 949, ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"]),
        // Legacy miscellaneous.
        (Replacement, 0, ["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"]),
        (Utf16BE, 1201, ["unicodefffe", "utf-16be"]),
        (Utf16LE, 1200, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
        (XUserDefined, 0, ["x-user-defined"]),
    ];

    private static readonly FrozenDictionary<string, string> NameOfLabel =
        Table.SelectMany(e => e.Labels.Select(label => KeyValuePair.Create(label, e.Name))).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Lazy<Encoding>> EncodingOfName =
        Table.ToFrozenDictionary(e => e.Name, e => new Lazy<Encoding>(() => Create(e.Name, e.CodePage)), StringComparer.Ordinal);

    /// <summary>
    /// The standard's "get an encoding": the name of the encoding <paramref name="label"/> means, after trimming ASCII
    /// white space and ignoring ASCII case; null when the label is not in the table (a caller then acts as if nothing was declared).
    /// </summary>
    public static string? NameOf(ReadOnlySpan<char> label)
    {
        label = label.Trim(AsciiWhitespace);
        if (label.IsEmpty || label.Length > LongestLabel) return null;
        Span<char> lower = stackalloc char[LongestLabel];
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if (c > 0x7F) return null; // every label is ASCII
            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return NameOfLabel.TryGetValue(new string(lower[..label.Length]), out var name) ? name : null;
    }

    /// <summary>The decoder of an encoding named by <see cref="NameOf"/>.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="name"/> is not one of the standard's names.</exception>
    public static Encoding Get(string name) => EncodingOfName[name].Value;

    /// <summary>
    /// True for the legacy single-byte encodings (IBM866 to x-mac-cyrillic in the table): those whose bytes a UTF-8
    /// page is read with when it declares them wrongly, and which valid UTF-8 therefore overrides (see <see cref="EncodingSniffer"/>).
    /// </summary>
    public static bool IsLegacySingleByte(string name) => SingleByteNames.Contains(name);

    private static readonly FrozenSet<string> SingleByteNames =
        Table.Skip(1).TakeWhile(e => e.Name != "GBK").Select(e => e.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>ASCII white space as the standard strips it from a label: TAB, LF, FF, CR, SPACE.</summary>
    public const string AsciiWhitespace = "\t\n\f\r ";

    private const int LongestLabel = 20;

    private static Encoding Create(string name, int codePage) => name switch
    {
        Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
        Utf16LE => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        Utf16BE => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        Replacement => new ReplacementEncoding(),
        // The upper halves of the standard's indexes (index-iso-8859-10, -14, -16), which are the ISO tables.
        "ISO-8859-10" => new SingleByteEncoding(name,
            "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
            + "\u00A0\u0104\u0112\u0122\u012A\u0128\u0136\u00A7\u013B\u0110\u0160\u0166\u017D\u00AD\u016A\u014A"
            + "\u00B0\u0105\u0113\u0123\u012B\u0129\u0137\u00B7\u013C\u0111\u0161\u0167\u017E\u2015\u016B\u014B"
            + "\u0100\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u012E\u010C\u00C9\u0118\u00CB\u0116\u00CD\u00CE\u00CF"
            + "\u00D0\u0145\u014C\u00D3\u00D4\u00D5\u00D6\u0168\u00D8\u0172\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF"
            + "\u0101\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u012F\u010D\u00E9\u0119\u00EB\u0117\u00ED\u00EE\u00EF"
            + "\u00F0\u0146\u014D\u00F3\u00F4\u00F5\u00F6\u0169\u00F8\u0173\u00FA\u00FB\u00FC\u00FD\u00FE\u0138"),
        "ISO-8859-14" => new SingleByteEncoding(name,
            "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
            + "\u00A0\u1E02\u1E03\u00A3\u010A\u010B\u1E0A\u00A7\u1E80\u00A9\u1E82\u1E0B\u1EF2\u00AD\u00AE\u0178"
            + "\u1E1E\u1E1F\u0120\u0121\u1E40\u1E41\u00B6\u1E56\u1E81\u1E57\u1E83\u1E60\u1EF3\u1E84\u1E85\u1E61"
            + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
            + "\u0174\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u1E6A\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u0176\u00DF"
            + "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
            + "\u0175\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u1E6B\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u0177\u00FF"),
        "ISO-8859-16" => new SingleByteEncoding(name,
            "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
            + "\u00A0\u0104\u0105\u0141\u20AC\u201E\u0160\u00A7\u0161\u00A9\u0218\u00AB\u0179\u00AD\u017A\u017B"
            + "\u00B0\u00B1\u010C\u0142\u017D\u201D\u00B6\u00B7\u017E\u010D\u0219\u00BB\u0152\u0153\u0178\u017C"
            + "\u00C0\u00C1\u00C2\u0102\u00C4\u0106\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
            + "\u0110\u0143\u00D2\u00D3\u00D4\u0150\u00D6\u015A\u0170\u00D9\u00DA\u00DB\u00DC\u0118\u021A\u00DF"
            + "\u00E0\u00E1\u00E2\u0103\u00E4\u0107\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
            + "\u0111\u0144\u00F2\u00F3\u00F4\u0151\u00F6\u015B\u0171\u00F9\u00FA\u00FB\u00FC\u0119\u021B\u00FF"),
        // The standard's x-user-defined: bytes 0x80-0xFF are U+F780-U+F7FF.
        XUserDefined => new SingleByteEncoding(name, string.Create(128, 0, static (chars, _) =>
        {
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)(0xF780 + i);
        })),
        _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage)
            ?? throw new InvalidOperationException($"The runtime has no decoder for code page {codePage} ({name})."),
    };
}
