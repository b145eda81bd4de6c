namespace NewsParse.Text;

/// <summary>
/// Reads the charset parameter of a <c>Content-Type</c> header value (<c>text/html; charset=ISO-8859-1</c>), as the
/// transport-layer declaration of a page's encoding. Lenient as servers need: parameter names ignore case, white space
/// around names and values is dropped, and a value may be in double or single quotes (a backslash in double quotes
/// escapes the next character). Stateless and thread-safe.
/// </summary>
internal static class ContentTypeCharset
{
    /// <summary>The value of the first non-empty charset parameter of <paramref name="contentType"/> (a label; see <see cref="EncodingLabels.NameOf"/>), or null.</summary>
    public static string? Of(ReadOnlySpan<char> contentType)
    {
        int semicolon = contentType.IndexOf(';');
        while (semicolon >= 0)
        {
            contentType = contentType[(semicolon + 1)..];
            int equals = contentType.IndexOf('=');
            int next = contentType.IndexOf(';');
            if (equals < 0) return null;
            if (next >= 0 && next < equals)
            {
                semicolon = next;
                continue;
            }
            var name = contentType[..equals].Trim();
            var rest = contentType[(equals + 1)..].TrimStart();
            string value;
            int consumed;
            if (rest.Length > 0 && rest[0] == '"')
            {
                var builder = new System.Text.StringBuilder();
                int i = 1;
                for (; i < rest.Length && rest[i] != '"'; i++)
                {
                    if (rest[i] == '\\' && i + 1 < rest.Length) i++;
                    builder.Append(rest[i]);
                }
                value = builder.ToString();
                consumed = Math.Min(i + 1, rest.Length);
            }
            else
            {
                int end = rest.IndexOf(';');
                var raw = (end < 0 ? rest : rest[..end]).Trim();
                if (raw.Length >= 2 && raw[0] == '\'' && raw[^1] == '\'') raw = raw[1..^1];
                value = raw.ToString();
                consumed = end < 0 ? rest.Length : end;
            }
            if (name.Equals("charset", StringComparison.OrdinalIgnoreCase) && value.Trim().Length > 0) return value.Trim();
            contentType = rest[consumed..];
            semicolon = contentType.IndexOf(';');
        }
        return null;
    }
}
