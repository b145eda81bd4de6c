using NewsParse.Model;

namespace NewsParse.Warc;

/// <summary>
/// The outcome of one HTML or broken record of an archive: where it is, what it was, and its article or why it has
/// none. Exactly one of <see cref="Article"/> and <see cref="Error"/> is non-null. Immutable.
/// </summary>
/// <param name="Offset">The record's byte offset in the archive (see <see cref="WarcRecord.Offset"/>).</param>
/// <param name="Url">The record's target URI, or null when unknown.</param>
/// <param name="Date">The record's WARC-Date (ISO 8601), or null when unknown.</param>
/// <param name="Article">The article parsed from the page, or null on error.</param>
/// <param name="Error">Why the record gives no article (broken, or a parser limit exceeded), or null.</param>
/// <param name="PayloadBytes">Bytes of the decoded payload parsed (0 for an error).</param>
public sealed record WarcResult(long Offset, string? Url, string? Date, Article? Article, string? Error, long PayloadBytes);
