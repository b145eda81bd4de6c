namespace NewsParse.Text;

/// <summary>
/// The HTML standard's "prescan a byte stream to determine its encoding" (HTML Living Standard §13.2.3.2,
/// https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding): finds the first
/// <c>&lt;meta charset&gt;</c>, or <c>&lt;meta http-equiv="content-type" content="...charset=..."&gt;</c>, outside
/// comments, reading attributes exactly as the standard does (quoted and unquoted values, a <c>&gt;</c> inside quotes,
/// the first of two attributes of one name). Works on bytes, so it runs before anything is decoded. A state machine
/// over the bytes in the standard's order of steps; the step names in the comments are the standard's.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The caller chooses how many bytes are looked at: the standard prescans 1,024, and a browser that meets a later
/// <c>&lt;meta&gt;</c> while parsing changes the encoding and parses again, which <see cref="EncodingSniffer"/>
/// stands in for by prescanning more. Running out of bytes in the middle of a tag ends the prescan with no result,
/// as the html5lib encoding tests expect (<c>&lt;meta charset=euc-jp</c> at the end of the input is no declaration).
/// </remarks>
internal static class MetaPrescan
{
    /// <summary>
    /// The encoding declared by the first meta element of <paramref name="bytes"/> that declares one, as the standard's
    /// name (see <see cref="EncodingLabels"/>), with a UTF-16 declaration read as UTF-8 and x-user-defined as
    /// windows-1252; null when there is none.
    /// </summary>
    public static string? Find(ReadOnlySpan<byte> bytes) => Find(bytes, out _);

    /// <summary>As <see cref="Find(ReadOnlySpan{byte})"/>; <paramref name="label"/> is the label as the page wrote it (its value, trimmed), or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes, out string? label)
    {
        label = null;
        int position = 0;
        // Loop: one step per construct met at the position.
        while (true)
        {
            int lt = bytes[position..].IndexOf((byte)'<');
            if (lt < 0) return null;
            position += lt;
            var rest = bytes[position..];
            if (rest.StartsWith("<!--"u8))
            {
                // A comment: up to the first '>' preceded by "--" that comes after the '<' ("<!-->" is a whole comment).
                int end = rest[2..].IndexOf("-->"u8);
                if (end < 0) return null;
                position += 2 + end + 3;
                continue;
            }
            if (rest.Length >= 6 && StartsWithIgnoreCase(rest, "<meta"u8) && IsSpaceOrSlash(rest[5]))
            {
                position += 6;
                if (!Meta(bytes, ref position, out var declared, out label)) return null;
                if (declared is not null) return declared;
                position++; // next byte
                continue;
            }
            if (rest.Length >= 2 && (IsAsciiLetter(rest[1]) || (rest.Length >= 3 && rest[1] == '/' && IsAsciiLetter(rest[2]))))
            {
                // A start or end tag: skip its name, then its attributes as the standard reads them (a '>' in a quoted value does not end it).
                int name = rest.IndexOfAny(SpaceOrGreater);
                if (name < 0) return null;
                position += name;
                while (true)
                {
                    var attribute = Attribute(bytes, ref position);
                    if (attribute.Kind == AttributeKind.End) return null;
                    if (attribute.Kind == AttributeKind.None) break;
                }
                position++; // next byte
                continue;
            }
            if (rest.Length >= 2 && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                // Markup declaration, stray end tag, processing instruction: up to the first '>' after the '<'.
                int end = rest[1..].IndexOf((byte)'>');
                if (end < 0) return null;
                position += 1 + end + 1;
                continue;
            }
            position++;
        }
    }

    /// <summary>
    /// The attributes of a meta element, from after "&lt;meta" and its space or slash, up to its '&gt;' (where
    /// <paramref name="position"/> is left). False when the bytes end inside the element (the prescan then ends without
    /// a result); else <paramref name="declared"/> is the encoding the element declares, or null when it declares none
    /// the prescan may use.
    /// </summary>
    private static bool Meta(ReadOnlySpan<byte> bytes, ref int position, out string? declared, out string? label)
    {
        label = null;
        declared = null;
        bool gotPragma = false, seenHttpEquiv = false, seenContent = false, seenCharset = false;
        bool? needPragma = null;
        string? charset = null;
        // Attributes: each name counts once (the first one).
        while (true)
        {
            var attribute = Attribute(bytes, ref position);
            if (attribute.Kind == AttributeKind.End) return false;
            if (attribute.Kind == AttributeKind.None) break;
            var name = bytes.Slice(attribute.NameStart, attribute.NameLength);
            var value = bytes.Slice(attribute.ValueStart, attribute.ValueLength);
            if (EqualsIgnoreCase(name, "http-equiv"u8))
            {
                if (seenHttpEquiv) continue;
                seenHttpEquiv = true;
                if (EqualsIgnoreCase(value, "content-type"u8)) gotPragma = true;
            }
            else if (EqualsIgnoreCase(name, "content"u8))
            {
                if (seenContent) continue;
                seenContent = true;
                var fromContent = CharsetInContent(value, out var contentLabel);
                if (fromContent is not null && charset is null)
                {
                    charset = fromContent;
                    label = contentLabel;
                    needPragma = true;
                }
            }
            else if (EqualsIgnoreCase(name, "charset"u8))
            {
                if (seenCharset) continue;
                seenCharset = true;
                charset = EncodingLabels.NameOf(Latin1(value));
                label = charset is null ? null : Latin1(value).Trim(EncodingLabels.AsciiWhitespace).ToString();
                needPragma = false;
            }
        }
        // Processing: a content attribute counts only with http-equiv="content-type".
        if (needPragma is null || (needPragma == true && !gotPragma) || charset is null)
        {
            label = null;
            return true;
        }
        if (charset is EncodingLabels.Utf16LE or EncodingLabels.Utf16BE) charset = EncodingLabels.Utf8;
        else if (charset == EncodingLabels.XUserDefined) charset = EncodingLabels.Windows1252;
        declared = charset;
        return true;
    }

    private enum AttributeKind { Found, None, End }

    /// <summary>An attribute read by "get an attribute": where its name and value lie in the bytes (the value without its quotes).</summary>
    private readonly record struct AttributeSpan(AttributeKind Kind, int NameStart = 0, int NameLength = 0, int ValueStart = 0, int ValueLength = 0);

    /// <summary>
    /// The standard's "get an attribute": the next attribute from <paramref name="position"/>, or None at a '&gt;' (the
    /// position is left on it), or End when the bytes run out first. Names and values are compared ignoring ASCII case
    /// by the caller (the standard lower-cases them as it reads).
    /// </summary>
    private static AttributeSpan Attribute(ReadOnlySpan<byte> bytes, ref int position)
    {
        // 1. Skip white space and slashes. 2. A '>' ends the attributes.
        while (position < bytes.Length && (IsSpace(bytes[position]) || bytes[position] == '/')) position++;
        if (position >= bytes.Length) return new(AttributeKind.End);
        if (bytes[position] == '>') return new(AttributeKind.None);
        // 3-5. The name: up to '=' (not as its first byte), white space, '/' or '>'.
        int nameStart = position;
        while (true)
        {
            if (position >= bytes.Length) return new(AttributeKind.End);
            byte b = bytes[position];
            if (b == '=' && position > nameStart)
            {
                position++;
                return Value(bytes, ref position, nameStart, position - 1 - nameStart);
            }
            if (IsSpace(b)) break;
            if (b is (byte)'/' or (byte)'>') return new(AttributeKind.Found, nameStart, position - nameStart, position, 0);
            position++;
        }
        int nameLength = position - nameStart;
        // 6. Spaces. 7. Anything but '=' ends a valueless attribute (the position stays on it).
        while (position < bytes.Length && IsSpace(bytes[position])) position++;
        if (position >= bytes.Length) return new(AttributeKind.End);
        if (bytes[position] != '=') return new(AttributeKind.Found, nameStart, nameLength, position, 0);
        // 8. Past the '='.
        position++;
        return Value(bytes, ref position, nameStart, nameLength);
    }

    /// <summary>Steps 9-12 of "get an attribute": the value after the '='.</summary>
    private static AttributeSpan Value(ReadOnlySpan<byte> bytes, ref int position, int nameStart, int nameLength)
    {
        // 9. Skip white space.
        while (position < bytes.Length && IsSpace(bytes[position])) position++;
        if (position >= bytes.Length) return new(AttributeKind.End);
        byte b = bytes[position];
        // 10. A quoted value runs to the same quote; a '>' ends an empty value.
        if (b is (byte)'"' or (byte)'\'')
        {
            int close = bytes[(position + 1)..].IndexOf(b);
            if (close < 0) return new(AttributeKind.End);
            int start = position + 1;
            position = start + close + 1;
            return new(AttributeKind.Found, nameStart, nameLength, start, close);
        }
        if (b == '>') return new(AttributeKind.Found, nameStart, nameLength, position, 0);
        // 11-12. An unquoted value runs to white space or '>'.
        int from = position;
        int stop = bytes[position..].IndexOfAny(SpaceOrGreater);
        if (stop < 0) return new(AttributeKind.End);
        position += stop;
        return new(AttributeKind.Found, nameStart, nameLength, from, stop);
    }

    /// <summary>
    /// The standard's "algorithm for extracting a character encoding from a meta element" on a content attribute's
    /// value: the first "charset" followed (after white space) by '=', then a quoted label (closed) or an unquoted one up
    /// to white space or ';'. Returns the encoding's name, or null.
    /// </summary>
    internal static string? CharsetInContent(ReadOnlySpan<byte> value, out string? label)
    {
        label = null;
        int position = 0;
        while (true)
        {
            int at = IndexOfIgnoreCase(value, "charset"u8, position);
            if (at < 0) return null;
            position = at + 7;
            while (position < value.Length && IsSpace(value[position])) position++;
            if (position >= value.Length || value[position] != '=') continue; // not "charset=": look for the next one from here
            position++;
            while (position < value.Length && IsSpace(value[position])) position++;
            if (position >= value.Length) return null;
            byte b = value[position];
            ReadOnlySpan<byte> found;
            if (b is (byte)'"' or (byte)'\'')
            {
                int close = value[(position + 1)..].IndexOf(b);
                if (close < 0) return null;
                found = value.Slice(position + 1, close);
            }
            else
            {
                int end = value[position..].IndexOfAny(SpaceOrSemicolon);
                found = end < 0 ? value[position..] : value.Slice(position, end);
            }
            var name = EncodingLabels.NameOf(Latin1(found));
            if (name is not null) label = Latin1(found).Trim(EncodingLabels.AsciiWhitespace).ToString();
            return name;
        }
    }

    /// <summary>Bytes as the characters of the same values (the standard appends "the code point with the same value as the byte").</summary>
    private static string Latin1(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    private static readonly System.Buffers.SearchValues<byte> SpaceOrGreater = System.Buffers.SearchValues.Create(" \t\n\f\r>"u8);
    private static readonly System.Buffers.SearchValues<byte> SpaceOrSemicolon = System.Buffers.SearchValues.Create(" \t\n\f\r;"u8);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';

    private static bool IsSpaceOrSlash(byte b) => IsSpace(b) || b == '/';

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;

    /// <summary>True when <paramref name="bytes"/> equals <paramref name="lower"/> (lower-case ASCII) ignoring ASCII case.</summary>
    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lower)
    {
        if (bytes.Length != lower.Length) return false;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (Lower(bytes[i]) != lower[i]) return false;
        }
        return true;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lower) =>
        bytes.Length >= lower.Length && EqualsIgnoreCase(bytes[..lower.Length], lower);

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> lower, int from)
    {
        for (int i = from; i + lower.Length <= bytes.Length; i++)
        {
            if (StartsWithIgnoreCase(bytes[i..], lower)) return i;
        }
        return -1;
    }
}
