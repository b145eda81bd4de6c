using System.Text.Encodings.Web;

namespace NewsParse.Rendering;

/// <summary>
/// The escaping of <see cref="ArticleJson"/>: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (what JSON
/// requires, U+2028 and U+2029, and characters outside the Basic Multilingual Plane as surrogate pairs) plus
/// <c>&lt;</c>, so that the JSON can stand inside an HTML <c>&lt;script&gt;</c> element as it is (<c>&lt;/script&gt;</c>
/// and <c>&lt;!--</c> never appear raw). Other characters, non-ASCII text included, are written as they are.
/// Stateless and thread-safe.
/// </summary>
internal sealed class ScriptSafeJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    private ScriptSafeJsonEncoder()
    {
    }

    public static ScriptSafeJsonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Relaxed.MaxOutputCharactersPerInputCharacter;

    private static bool IsExtra(int unicodeScalar) => unicodeScalar == '<';

    public override bool WillEncode(int unicodeScalar) => IsExtra(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        int relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
        int extra = new ReadOnlySpan<char>(text, textLength).IndexOf('<');
        return First(relaxed, extra);
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        int relaxed = Relaxed.FindFirstCharacterToEncodeUtf8(utf8Text);
        int extra = utf8Text.IndexOf((byte)'<');
        return First(relaxed, extra);
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsExtra(unicodeScalar)) return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        if (bufferLength < 6)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        // "\u003C", as the default encoders write it
        "\\u003C".AsSpan().CopyTo(new Span<char>(buffer, 6));
        numberOfCharactersWritten = 6;
        return true;
    }

    private static int First(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
