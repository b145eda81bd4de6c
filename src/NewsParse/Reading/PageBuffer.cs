using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParse.Reading;

/// <summary>
/// The characters of a document a reader holds whole: the first characters while the format is undecided, then the
/// whole of an HTML page. Its array comes from, and goes back to, <see cref="ArrayPool{T}.Shared"/>: a parser reading
/// page after page from bytes or streams reuses the same few arrays instead of building each page in a string
/// builder and copying it into a string of its own (on pages over 42K characters, large objects). Grows by doubling.
/// </summary>
/// <remarks>
/// Contract: <see cref="Release"/> is called only once nothing read from <see cref="Memory"/> is used any more (the
/// HTML layer copies out every string it keeps); after it the buffer is empty and can be appended to again.
/// </remarks>
internal sealed class PageBuffer
{
    private const int FirstChars = 4096;

    private char[]? _chars;

    /// <summary>The reader's scratch, which keeps the array of one page for the next (see <see cref="Detection.BlockScratch.TakePage"/>); null: the shared pool only.</summary>
    public Detection.BlockScratch? Keeper { get; set; }
    private int _touched;  // the end of the room handed out by Tail, or of what a kept array's last page left: cleared with the characters held

    /// <summary>Characters held.</summary>
    public int Length { get; private set; }

    /// <summary>The characters held (valid until the next <see cref="Append"/> or <see cref="Release"/>).</summary>
    public ReadOnlyMemory<char> Memory => _chars is null ? ReadOnlyMemory<char>.Empty : _chars.AsMemory(0, Length);

    /// <summary>The characters held (valid until the next <see cref="Append"/> or <see cref="Release"/>).</summary>
    public ReadOnlySpan<char> Span => Memory.Span;

    /// <summary>
    /// Room for <paramref name="chars"/> more characters after those held, growing the array when needed: what is written
    /// there (a decoder decodes into it) and then passed to <see cref="Append"/> is appended in place, without a copy.
    /// Valid until the next call of any other member.
    /// </summary>
    public Span<char> Tail(int chars)
    {
        if (_chars is null || Length + chars > _chars.Length) Grow(Length + chars);
        _touched = Math.Max(_touched, Length + chars);
        return _chars.AsSpan(Length, chars);
    }

    /// <summary>Appends <paramref name="chunk"/>, growing the array when needed; a chunk written in <see cref="Tail"/> is only counted in.</summary>
    public void Append(ReadOnlySpan<char> chunk)
    {
        if (chunk.IsEmpty) return;
        if (_chars is not null && chunk.Length <= _chars.Length - Length
            && Unsafe.AreSame(ref MemoryMarshal.GetReference(chunk), ref _chars[Length]))
        {
            Length += chunk.Length;
            return;
        }
        if (_chars is null || Length + chunk.Length > _chars.Length) Grow(Length + chunk.Length);
        chunk.CopyTo(_chars.AsSpan(Length));
        Length += chunk.Length;
    }

    /// <summary>Makes room for <paramref name="chars"/> characters in all (a page whose size is known is then never copied to grow).</summary>
    public void Reserve(int chars)
    {
        if (_chars is null || chars > _chars.Length) Grow(chars);
    }

    /// <summary>Gives the array back (see <see cref="GiveBack"/>); the buffer is then empty.</summary>
    public void Release()
    {
        if (_chars is not null) GiveBack(_chars, Math.Max(Length, _touched));
        _chars = null;
        Length = 0;
        _touched = 0;
    }

    /// <summary>
    /// Gives an array back: to the reader's scratch, which keeps it as it is for the reader's next page (the text stays
    /// with the reader, and the next page writes over it: clearing it there would write the whole page once more), or
    /// else, cleared, to the shared pool: the pool is shared by the whole process, and a page must not be readable by
    /// whoever rents the array next.
    /// </summary>
    private void GiveBack(char[] chars, int used)
    {
        if (Keeper?.KeepPage(chars, used) == true) return;
        chars.AsSpan(0, used).Clear();
        ArrayPool<char>.Shared.Return(chars);
    }

    private void Grow(int needed)
    {
        int size = Math.Max(needed, _chars is null ? FirstChars : (int)Math.Min(Array.MaxLength, 2L * _chars.Length));
        int dirty = 0;
        var bigger = Keeper?.TakePage(size, out dirty) ?? ArrayPool<char>.Shared.Rent(size);
        if (_chars is not null)
        {
            _chars.AsSpan(0, Length).CopyTo(bigger);
            GiveBack(_chars, Math.Max(Length, _touched));
        }
        // What the last page left in a kept array is cleared with this page's characters when the array leaves.
        _touched = Math.Max(Length, dirty);
        _chars = bigger;
    }
}
