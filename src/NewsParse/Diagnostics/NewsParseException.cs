namespace NewsParse;

/// <summary>
/// Thrown when a documented limit is exceeded or the API is misused. Never thrown for malformed or odd input,
/// which is reported through <see cref="Model.Article.Diagnostics"/> instead.
/// </summary>
public sealed class NewsParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">Why parsing stopped.</param>
    /// <param name="message">A one-line explanation.</param>
    /// <param name="position">Offset in the decoded input (UTF-16 code units) where it stopped, or -1 when not tied to a place.</param>
    public NewsParseException(NewsParseErrorCode code, string message, long position = -1) : base(message)
    {
        Code = code;
        Position = position;
    }

    /// <summary>Why parsing stopped.</summary>
    public NewsParseErrorCode Code { get; }

    /// <summary>Offset in the decoded input (UTF-16 code units) where parsing stopped, or -1.</summary>
    public long Position { get; }
}
