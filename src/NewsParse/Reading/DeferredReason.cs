namespace NewsParse.Reading;

/// <summary>
/// A reason that holds what it says (counts, a score) and writes its text the first time it is read: most events'
/// reasons are never read (only <c>newsparse --explain</c> and diagnostics show them), and formatting numbers for every
/// block is a measurable share of reading plain text. Thread-safe: two first reads write the same text.
/// </summary>
internal abstract class DeferredReason
{
    private string? _text;

    /// <summary>The text, written on first read.</summary>
    public string Text => _text ??= Write();

    /// <summary>True once the text was written (for tests).</summary>
    internal bool IsWritten => _text is not null;

    /// <summary>Writes the text (in the invariant culture: reasons do not depend on the user's).</summary>
    protected abstract string Write();
}
