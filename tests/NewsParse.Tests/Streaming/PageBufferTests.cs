using System.Buffers;
using NewsParse.Detection;
using NewsParse.Reading;
using Xunit;

namespace NewsParse.Tests.Streaming;

/// <summary>The buffer a reader holds a page in: characters decoded into its room are appended without a copy, others copied, and nothing written is left in a pooled array.</summary>
public class PageBufferTests
{
    [Fact]
    public void Characters_written_in_the_room_are_appended_in_place_and_others_copied()
    {
        var buffer = new PageBuffer();
        buffer.Append("<p>");
        var room = buffer.Tail(10);
        "hello".AsSpan().CopyTo(room);
        buffer.Append(room[..5]);
        Assert.Equal("<p>hello", buffer.Span.ToString());
        // A span elsewhere is copied; one in the room but not at its start is copied too.
        buffer.Append(" world");
        room = buffer.Tail(4);
        "abcd".AsSpan().CopyTo(room);
        buffer.Append(room[1..3]);
        Assert.Equal("<p>hello worldbc", buffer.Span.ToString());
        // Room that needs a larger array keeps what is held.
        room = buffer.Tail(100_000);
        room[0] = '!';
        buffer.Append(room[..1]);
        Assert.Equal("<p>hello worldbc!", buffer.Span.ToString());
        buffer.Release();
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void The_next_page_of_a_reader_is_read_in_the_array_of_the_last_one()
    {
        var scratch = BlockScratch.Pooled();
        var first = new PageBuffer { Keeper = scratch };
        first.Reserve(100_000);
        var room = first.Tail(60_000);
        room.Fill('p');
        first.Append(room[..50_000]);
        var array = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(first.Memory, out var segment) ? segment.Array! : null;
        first.Release();
        var second = new PageBuffer { Keeper = scratch };
        second.Reserve(80_000);
        second.Append("next");
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(second.Memory, out var next) && ReferenceEquals(next.Array, array), "the kept array was not used again");
        Assert.Equal("next", second.Span.ToString());
        second.Release();
        // Kept again with what both pages wrote: all the room the first handed out, not just the second's characters.
        var kept = scratch.TakePage(1, out int dirty);
        Assert.Same(array, kept);
        Assert.Equal(60_000, dirty);
        // An array over the longest kept goes back to the shared pool; a shorter one does not replace a longer.
        Assert.True(scratch.KeepPage(kept!, dirty));
        Assert.False(scratch.KeepPage(new char[BlockScratch.MaxKeptPageChars + 1], 0));
        Assert.False(scratch.KeepPage(new char[16], 0));
        Assert.NotNull(scratch.TakePage(80_000, out _));
        Assert.Null(scratch.TakePage(1, out _));
    }

    [Fact]
    public void What_a_kept_array_holds_of_the_last_page_is_cleared_when_it_goes_to_the_shared_pool()
    {
        var scratch = BlockScratch.Pooled();
        var last = new char[131_072];  // a size of the shared pool
        last.AsSpan(0, 70_000).Fill('p');
        Assert.True(scratch.KeepPage(last, 70_000));
        var buffer = new PageBuffer { Keeper = scratch };
        buffer.Reserve(80_000);
        buffer.Append("short page");
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(buffer.Memory, out var segment) && ReferenceEquals(segment.Array, last));
        // The scratch now keeps a longer array: this one cannot be kept and goes to the shared pool, cleared.
        Assert.True(scratch.KeepPage(new char[262_144], 0));
        buffer.Release();
        Assert.True(last.AsSpan().IndexOfAnyExcept('\0') < 0, "the last page's characters are left in an array given to the shared pool");
    }

    [Fact]
    public void Room_written_but_never_appended_is_cleared_when_the_array_goes_back_to_the_pool()
    {
        for (int attempt = 0; attempt < 4; attempt++)
        {
            var buffer = new PageBuffer();
            buffer.Append("held");
            var room = buffer.Tail(5000);
            room.Fill('x');  // decoded, then the reader stopped (a limit was exceeded) before appending it
            buffer.Release();
            // The pool hands the same array back to this thread first: none of the page may be left in it.
            var again = ArrayPool<char>.Shared.Rent(5004);
            try
            {
                Assert.True(again.AsSpan(0, 5004).IndexOfAnyExcept('\0') < 0, "characters of the page are left in the pooled array");
            }
            finally
            {
                ArrayPool<char>.Shared.Return(again);
            }
        }
    }
}
