namespace NewsParse;

/// <summary>
/// Thrown when a documented limit of <see cref="NewsParserOptions"/> is exceeded (<see cref="Code"/> says which). Never
/// thrown for malformed or odd input, which is reported through <see cref="Model.Article.Diagnostics"/> instead, nor for
/// misuse of the API, which throws <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/>.
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

    /// <summary>Which limit stopped parsing.</summary>
    public NewsParseErrorCode Code { get; }

    /// <summary>Offset in the decoded input (UTF-16 code units) where parsing stopped, or -1.</summary>
    public long Position { get; }
}
