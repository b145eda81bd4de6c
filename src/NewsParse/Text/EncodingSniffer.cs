using System.Text;

namespace NewsParse.Text;

/// <summary>
/// Chooses the encoding of input bytes: a byte-order mark first; then a charset declared by
/// <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> in the first bytes — unless the bytes
/// are valid UTF-8 with multi-byte sequences, which many pages saved as UTF-8 still mis-declare; else UTF-8.
/// Legacy code pages (windows-1251, Shift_JIS, GB2312, ...) come from the runtime's code-pages provider.
/// </summary>
internal static class EncodingSniffer
{
    /// <summary>Bytes looked at for a BOM and a declaration.</summary>
    public const int SniffBytes = 4096;

    public readonly record struct Result(Encoding Encoding, int BomLength, string? Declared, bool DeclarationOverridden);

    public static Result Sniff(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Utf8, 3, null, false);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode, 2, null, false);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode, 2, null, false);

        var declared = DeclaredCharset(start);
        if (declared is null) return new(Utf8, 0, null, false);
        var encoding = Lookup(declared);
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage) return new(Utf8, 0, declared, false);
        if (!IsAsciiCompatible(encoding))
        {
            // The declaration was read as ASCII, so the page cannot be in an encoding where ASCII reads otherwise
            // (UTF-16 or UTF-32 without a BOM, EBCDIC): such a declaration is wrong.
            return new(Utf8, 0, declared, true);
        }
        if (IsUtf8WithMultiByte(start)) return new(Utf8, 0, declared, true);
        return new(encoding, 0, declared, false);
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The encoding of a declared name, or null when it is unknown or not supported by the runtime. UTF-7 is never used
    /// (the HTML standard forbids it, and .NET refuses it with <see cref="NotSupportedException"/>).
    /// </summary>
    private static Encoding? Lookup(string name)
    {
        if (name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Equals("utf7", StringComparison.OrdinalIgnoreCase)
            || name.Equals("unicode-1-1-utf-7", StringComparison.OrdinalIgnoreCase)
            || name.Equals("csunicode11utf7", StringComparison.OrdinalIgnoreCase)
            || name.Equals("x-unicode20utf7", StringComparison.OrdinalIgnoreCase)
            || name.Equals("unicode-2-0-utf-7", StringComparison.OrdinalIgnoreCase))
            return null;
        try
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
            return encoding.CodePage == 65000 ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsAsciiCompatible(Encoding encoding)
    {
        ReadOnlySpan<byte> probe = "<meta charset=\"x\"> Az09\n"u8;
        Span<char> chars = stackalloc char[64];
        try
        {
            int n = encoding.GetChars(probe, chars);
            return chars[..n].SequenceEqual("<meta charset=\"x\"> Az09\n");
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The charset named in a meta tag of the first bytes, read as ASCII, or null.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> start)
    {
        var bytes = start[..Math.Min(start.Length, SniffBytes)];
        Span<char> buffer = stackalloc char[SniffBytes];
        ReadOnlySpan<char> text = buffer[..Encoding.Latin1.GetChars(bytes, buffer)];
        int from = 0;
        while (true)
        {
            int meta = AsciiCaseInsensitive.IndexOf(text, "<meta", from);
            if (meta < 0) return null;
            int close = text[meta..].IndexOf('>');
            if (close < 0) return null;
            close += meta;
            var tag = text[meta..close];
            int at = AsciiCaseInsensitive.IndexOf(tag, "charset");
            if (at >= 0)
            {
                var rest = tag[(at + 7)..].TrimStart();
                if (rest.Length > 0 && rest[0] == '=')
                {
                    rest = rest[1..].TrimStart().TrimStart("\"'");
                    int end = 0;
                    while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is '-' or '_' or ':' or '.')) end++;
                    if (end > 0) return rest[..end].ToString();
                }
            }
            from = close;
        }
    }

    private static bool IsUtf8WithMultiByte(ReadOnlySpan<byte> bytes)
    {
        bool multi = false;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int extra = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            if (extra < 0) return false;
            if (i + extra >= bytes.Length) return multi || extra > 0; // cut by the sniff window: judge by what came before
            for (int k = 1; k <= extra; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80) return false;
            }
            multi = true;
            i += extra + 1;
        }
        return multi;
    }
}
