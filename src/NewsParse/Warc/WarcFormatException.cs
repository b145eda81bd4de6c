namespace NewsParse.Warc;

/// <summary>
/// A part of an archive that cannot be read as a record (a corrupt or cut gzip member, bytes that are not a record).
/// Thrown inside the reader only, and turned into a record with an error by <see cref="WarcReader"/>, never to its caller.
/// </summary>
internal sealed class WarcFormatException(long offset, string message) : Exception(message)
{
    /// <summary>The byte offset in the file where the broken part starts.</summary>
    public long Offset { get; } = offset;
}
