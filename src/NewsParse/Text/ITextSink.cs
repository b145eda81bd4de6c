namespace NewsParse.Text;

/// <summary>Where a collector of page text writes it: text and breaks, counted as written (before any clean-up).</summary>
internal interface ITextSink
{
    /// <summary>Characters written so far, as written.</summary>
    int RawLength { get; }

    /// <summary>True when the sink holds all it wants: the collector may stop.</summary>
    bool IsFull { get; }

    /// <summary>Writes <paramref name="text"/>.</summary>
    void Append(ReadOnlySpan<char> text);

    /// <summary>Writes one character (a break between blocks or cells).</summary>
    void Append(char c);
}
