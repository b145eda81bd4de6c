using System.Text;
using NewsParse.Text;

namespace NewsParse.Tests.Html.Differential;

/// <summary>Decodes a page's bytes as the library does (<see cref="ByteDecoder"/>: BOM, &lt;meta charset&gt;, UTF-8 that overrides a wrong declaration), so both parsers read the same characters.</summary>
internal static class PageDecoding
{
    public static string Decode(byte[] bytes)
    {
        var decoder = new ByteDecoder();
        var text = new StringBuilder(bytes.Length);
        decoder.Append(bytes, isFinal: true, (chars, _) => text.Append(chars));
        decoder.Release();
        return text.ToString();
    }
}
