using System.Runtime.InteropServices;
using NewsParse.Detection;
using Xunit;

namespace NewsParse.Tests.PlainText;

/// <summary>The reader's slabs hand out pieces of shared chunks and reuse a chunk once all its pieces are back.</summary>
public sealed class SlabTests
{
    [Fact]
    public void Pieces_given_back_in_order_free_their_chunk_for_reuse()
    {
        var slab = new Slab<int>(8);
        var first = slab.Take(5);
        var second = slab.Take(3);
        first.Span.Fill(1);
        second.Span.Fill(2);
        Assert.Equal([1, 1, 1, 1, 1], first.ToArray());
        Assert.Equal([2, 2, 2], second.ToArray());
        var third = slab.Take(4);       // a new chunk: the first is full
        slab.Return(first);
        slab.Return(second);            // the first chunk is all back
        var fourth = slab.Take(4);      // still room in the current chunk
        third.Span.Fill(3);
        fourth.Span.Fill(4);
        var fifth = slab.Take(4);       // the current chunk is full: the spare first chunk comes back into use
        fifth.Span.Fill(5);
        Assert.Equal([5, 5, 5, 5, 1], first.ToArray());   // the given-back piece's memory now holds the new one
        Assert.Equal([3, 3, 3, 3], third.ToArray());       // pieces still out are untouched
        Assert.Equal([4, 4, 4, 4], fourth.ToArray());
    }

    [Fact]
    public void A_piece_longer_than_a_chunk_is_an_array_of_its_own_and_empty_pieces_cost_nothing()
    {
        var slab = new Slab<char>(8);
        var big = slab.Take(20);
        Assert.Equal(20, big.Length);
        Assert.True(slab.Take(0).IsEmpty);
        slab.Return(big);               // not from a chunk: nothing to do
    }

    [Fact]
    public void Pieces_given_back_out_of_order_are_refused()
    {
        var slab = new Slab<int>(4);
        var first = slab.Take(4);
        var second = slab.Take(4);
        Assert.Throws<InvalidOperationException>(() => slab.Return(second));
        slab.Return(first);
    }

    [Fact]
    public void Room_reserved_and_committed_is_a_piece_as_taken()
    {
        var slab = new Slab<int>(8);
        var first = slab.Take(5);
        Assert.True(slab.TryReserve(4, out var array, out int offset));   // not 4 left in the chunk: room in a new one
        Assert.Equal(0, offset);
        array.AsSpan(offset, 2).Fill(7);
        var second = slab.Commit(2);
        Assert.Equal([7, 7], second.ToArray());
        Assert.True(slab.TryReserve(6, out var again, out int next));     // the rest of the same chunk
        Assert.Same(array, again);
        Assert.Equal(2, next);
        Assert.True(slab.Commit(0).IsEmpty);
        Assert.False(slab.TryReserve(9, out _, out _));                  // more than a chunk
        Assert.False(slab.TryReserve(0, out _, out _));
        slab.Return(first);
        slab.Return(second);
        var third = slab.Take(8);                                         // the first chunk is back in use
        Assert.Equal(8, third.Length);
    }

    [Fact]
    public void Words_written_in_place_are_the_words_of_working_buffers()
    {
        // Blocks whose words and terms fit a chunk are written in the slabs in place; others (here 6,000 characters and
        // more) in working buffers. Scripts without spaces give a term per pair of characters and words split where
        // scripts meet ("a東b東c" is five words): the room of a word and a term per character must hold them.
        var scratch = BlockScratch.Pooled();
        var texts = new List<string>
        {
            "a東b東c東d東e東f", string.Concat(Enumerable.Repeat("東京大阪", 900)), string.Concat(Enumerable.Repeat("a東", 2000)),
            string.Concat(Enumerable.Repeat("Officials met in Moscow. ", 300)), "x", "", "Müller 東京 said it. ใช้ภาษาไทยเป็นหลัก",
        };
        for (int round = 0; round < 3; round++)
        {
            var read = texts.Select(t => new BlockWords(t, scratch)).ToList();
            for (int i = 0; i < texts.Count; i++)
            {
                AssertSameWords(new BlockWords(texts[i]), read[i]);
            }
            foreach (var words in read) words.ReturnTo(scratch);
        }
    }

    [Fact]
    public void Words_read_into_a_pooled_scratch_are_the_words_read_alone()
    {
        var scratch = BlockScratch.Pooled();
        var texts = Enumerable.Range(0, 3000).Select(i => $"Block {i}: Müller met the 東京 delegation, said officials in Moscow.").ToList();
        var read = texts.Select(t => new BlockWords(t, scratch)).ToList();
        for (int i = 0; i < texts.Count; i++)
        {
            AssertSameWords(new BlockWords(texts[i]), read[i]);
        }
    }

    /// <summary>The words, terms and hashes of a block read alone (arrays of its own) and read into a reader's scratch.</summary>
    private static void AssertSameWords(BlockWords alone, BlockWords read)
    {
        Assert.Equal(alone.Words, read.Words);
        Assert.Equal(alone.Terms.ToArray(), read.Terms.ToArray());
        Assert.Equal(Enumerable.Range(0, alone.Count).Select(alone.HashAt), Enumerable.Range(0, read.Count).Select(read.HashAt));
    }

    [Fact]
    public void Room_reserved_and_not_kept_does_not_break_the_order_of_the_pieces_out()
    {
        // A block reserves room it does not keep (no word in it: nothing committed) in a new chunk, then a longer one
        // needs a chunk of its own while an older piece is still out: that piece and the next still come back in order.
        var slab = new Slab<int>(1024);
        var first = slab.Take(100);                                  // a chunk of 256
        Assert.True(slab.TryReserve(200, out _, out _));             // a chunk of 512, left empty
        Assert.True(slab.Commit(0).IsEmpty);
        Assert.True(slab.TryReserve(600, out var array, out int offset));   // more than the empty chunk holds
        var second = slab.Commit(600);
        Assert.True(MemoryMarshal.TryGetArray<int>(second, out var segment));
        Assert.Same(array, segment.Array);
        Assert.Equal(offset, segment.Offset);
        slab.Return(first);
        slab.Return(second);
        var third = slab.Take(50);
        slab.Return(third);
    }

    [Fact]
    public void A_current_chunk_whose_pieces_are_all_back_is_used_again_from_its_start()
    {
        var slab = new Slab<int>(1024);
        var first = slab.Take(100);                 // a chunk of 256
        var second = slab.Take(200);                // a chunk of 512
        slab.Return(first);
        slab.Return(second);                        // every piece back; the chunk of 512 is still the current one
        var third = slab.Take(400);                 // more than it has left: it is used again from its start
        Assert.True(MemoryMarshal.TryGetArray<int>(second, out var before));
        Assert.True(MemoryMarshal.TryGetArray<int>(third, out var after));
        Assert.Same(before.Array, after.Array);
        Assert.Equal(0, after.Offset);
        slab.Return(third);
    }
}
