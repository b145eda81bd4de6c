using System.Text;
using NewsParse.Model;

namespace NewsParse.Text;

/// <summary>
/// Chooses the encoding of input bytes as the HTML standard's encoding sniffing algorithm does, with the WHATWG
/// Encoding Standard's labels (<see cref="EncodingLabels"/>):
/// <list type="number">
/// <item>a byte-order mark (UTF-8, UTF-16 LE or BE) wins over everything;</item>
/// <item>then the transport layer's charset (the HTTP <c>Content-Type</c> header), when the caller has one;</item>
/// <item>then a meta declaration found by the standard's prescan (<see cref="MetaPrescan"/>) in the first
/// <see cref="SniffBytes"/> bytes (the standard prescans 1,024; a browser that meets a later meta while parsing
/// changes the encoding and parses again, which prescanning further stands in for);</item>
/// <item>else UTF-8, or windows-1252 (the standard's default for most locales) when the bytes are clearly text in
/// a Latin-script legacy encoding.</item>
/// </list>
/// A declaration is checked against the bytes (<see cref="Utf8Evidence"/>, over the same first bytes): a legacy
/// single-byte declaration over bytes that are valid UTF-8 with multi-byte sequences is read as UTF-8 (the common
/// mistake of pages saved as UTF-8 and of servers that default to ISO-8859-1), and a UTF-8 declaration over bytes that
/// are clearly Latin-script legacy text as windows-1252; each gives an
/// <see cref="DiagnosticCode.EncodingDeclarationOverridden"/> diagnostic. Multi-byte legacy declarations (Shift_JIS,
/// GBK, ...) are trusted as declared. Stateless and thread-safe.
/// </summary>
internal static class EncodingSniffer
{
    /// <summary>Bytes looked at for a declaration and for the evidence of the bytes themselves (64 KiB).</summary>
    public const int SniffBytes = 64 * 1024;

    /// <summary>The choice: the encoding (and its name in the standard), the length of the BOM to skip, and a diagnostic about it, if any.</summary>
    public readonly record struct Result(string Name, Encoding Encoding, int BomLength, Diagnostic? Diagnostic);

    /// <summary>
    /// The encoding of input that starts with <paramref name="start"/>, or null when more bytes are needed to decide:
    /// the decision is made from the first <see cref="SniffBytes"/> bytes (or all of them when
    /// <paramref name="isFinal"/> says the input ends there), or from the first three when they hold a BOM or when
    /// <paramref name="transportCharset"/> names an encoding the bytes are not checked against. So it does not depend
    /// on how the input is cut into chunks.
    /// </summary>
    /// <param name="start">The first bytes of the input (more than <see cref="SniffBytes"/> may be given; only those are read).</param>
    /// <param name="isFinal">True when the input ends with <paramref name="start"/>.</param>
    /// <param name="transportCharset">A charset label from the transport layer (an HTTP header), or null.</param>
    public static Result? TrySniff(ReadOnlySpan<byte> start, bool isFinal, string? transportCharset)
    {
        if (start.Length < 3 && !isFinal) return null;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Use(EncodingLabels.Utf8, 3);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Use(EncodingLabels.Utf16BE, 2);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Use(EncodingLabels.Utf16LE, 2);

        string? transport = transportCharset is null ? null : EncodingLabels.NameOf(transportCharset);
        if (transport is not null && !IsChecked(transport)) return Declared(transport, transportCharset!, Transport);
        if (start.Length < SniffBytes && !isFinal) return null;

        var window = start[..Math.Min(start.Length, SniffBytes)];
        bool whole = start.Length <= SniffBytes && isFinal;
        if (transport is not null) return Checked(transport, transportCharset!, Transport, window, whole);
        var declared = MetaPrescan.Find(window, out var label);
        if (declared is not null)
        {
            return IsChecked(declared) ? Checked(declared, label ?? declared, "the page", window, whole) : Declared(declared, label ?? declared, "the page");
        }
        var evidence = Utf8Evidence.Of(window, whole);
        return Use(evidence.LooksLatinLegacy ? EncodingLabels.Windows1252 : EncodingLabels.Utf8, 0);
    }

    private const string Transport = "the HTTP Content-Type header";

    /// <summary>True for the declarations checked against the bytes: UTF-8 and the legacy single-byte encodings.</summary>
    private static bool IsChecked(string name) => name == EncodingLabels.Utf8 || EncodingLabels.IsLegacySingleByte(name);

    private static Result Use(string name, int bomLength, Diagnostic? diagnostic = null) =>
        new(name, EncodingLabels.Get(name), bomLength, diagnostic);

    private static Result Declared(string name, string label, string where) => name == EncodingLabels.Replacement
        ? Use(name, 0, new Diagnostic(DiagnosticCode.InvalidEncoding,
            $"The charset \"{label}\" declared by {where} is one the Encoding Standard does not decode (the replacement encoding): the content is a single U+FFFD."))
        : Use(name, 0);

    private static Result Checked(string name, string label, string where, ReadOnlySpan<byte> window, bool whole)
    {
        var evidence = Utf8Evidence.Of(window, whole);
        if (name == EncodingLabels.Utf8)
        {
            return evidence.LooksLatinLegacy
                ? Use(EncodingLabels.Windows1252, 0, new Diagnostic(DiagnosticCode.EncodingDeclarationOverridden,
                    $"{Capital(where)} declares charset \"{label}\" but its bytes are not UTF-8 (single bytes of a Latin-script legacy encoding); read as windows-1252."))
                : Use(name, 0);
        }
        return evidence.LooksUtf8
            ? Use(EncodingLabels.Utf8, 0, new Diagnostic(DiagnosticCode.EncodingDeclarationOverridden,
                $"{Capital(where)} declares charset \"{label}\" but its bytes are UTF-8; read as UTF-8."))
            : Use(name, 0);
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
