using System.Runtime.CompilerServices;
using NewsParse.Detection;
using NewsParse.Reading;
using Xunit;

namespace NewsParse.Tests.Streaming;

/// <summary>
/// The window keeps the blocks behind the decided one for their terms alone: a decided block's text can be collected
/// while its entry still counts in the look-behind (a stream's text lives no longer than its events).
/// </summary>
public class BlockWindowMemoryTests
{
    [Fact]
    public void DecidedBlocks_InTheLookBehind_DoNotHoldTheirText()
    {
        var window = new BlockWindow(lookAheadChars: 0, lookBehindChars: 1_000_000, BlockScratch.Pooled());
        var texts = AddAndDecide(window, count: 8);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.All(texts, t => Assert.False(t.TryGetTarget(out _)));
        GC.KeepAlive(window);
    }

    /// <summary>Adds blocks of running text made here, decides each, and returns weak references to their texts.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference<string>> AddAndDecide(BlockWindow window, int count)
    {
        var texts = new List<WeakReference<string>>();
        for (int i = 0; i < count; i++)
        {
            string text = string.Concat("The council met for the ", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "th time to discuss the harbour budget. Members agreed on most points of the plan.");
            texts.Add(new WeakReference<string>(text));
            window.Add(new SourceBlock(SourceBlockKind.TextLine, text, new SourceSpan(i * 100, text.Length)));
        }
        while (window.TryTake(isFinal: true, out var context))
        {
            Assert.NotNull(context);
            window.Advance();
        }
        Assert.True(window.IsDrained);
        return texts;
    }
}
