using NewsParse.Html;
using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>The verdicts of class and id values shared by every page: the same as weighing each value, whatever the page, the thread or the room left.</summary>
public class ClassHintCacheTests
{
    private static readonly string[] Values =
    [
        "menu-item", "entry-content", "share-buttons", "ad-slot", "sidebar widget", "toc", "post-0", "article-body",
        "cookie-banner", "newsletter-signup", "comments", "byline", "related-posts", "x", "main", "footer-nav",
    ];

    [Fact]
    public void A_value_has_its_own_verdict_on_every_page()
    {
        var first = new ClassHintCache();
        var second = new ClassHintCache();
        foreach (var value in Values)
        {
            var expected = ClassHints.Weigh(value);
            Assert.Equal(expected, first.VerdictOf(value));
            Assert.Equal(expected, first.VerdictOf(value));
            Assert.Equal(expected, second.VerdictOf(value));
        }
        // A value too long to share is weighed for its page.
        var soup = string.Join(' ', Enumerable.Range(0, 40).Select(i => "menu-item" + new string('x', i % 7)));
        Assert.True(soup.Length > ClassHintCache.SharedMaxChars);
        Assert.Equal(ClassHints.Weigh(soup), first.VerdictOf(soup));
        Assert.Equal(ClassHints.Weigh(soup), first.VerdictOf(soup));
    }

    [Theory]
    [InlineData("Menu-12 Ünïcode", "menu-9 ünïcode")]
    [InlineData("SHARE-BAR2024", "share-bar7")]
    [InlineData("ad 1 2 3", "AD 4 5 6")]
    public void Values_alike_but_for_case_and_digits_read_alike_and_the_reason_quotes_the_value(string value, string alike)
    {
        var cache = new ClassHintCache();
        var first = Applied(value, cache);
        var second = Applied(alike, new ClassHintCache());
        Assert.Equal((first.Hints, first.ClassWeight, first.Kind), (second.Hints, second.ClassWeight, second.Kind));
        Assert.NotNull(first.Kind);
        Assert.StartsWith($"class or id \"{value.ToLowerInvariant()}\" names ", first.KindReason);
    }

    private static NodeInfo Applied(string classes, ClassHintCache cache)
    {
        var document = HtmlDocument.Parse($"<body><div class=\"{classes}\">x</div>", 256);
        var info = new NodeInfo((HtmlElement)document.Body.FirstChild!, null, 0);
        ClassHints.Apply(info, cache);
        return info;
    }

    [Fact]
    public void Verdicts_are_right_from_many_threads_and_once_the_shared_room_is_full()
    {
        // More distinct values than the shared room: the later ones are weighed per page, and all stay right.
        var values = Enumerable.Range(0, ClassHintCache.SharedCapacity + 2_000)
            .Select(i => Values[i % Values.Length] + "-" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26) + (char)('a' + i / 676 % 26))
            .ToArray();
        var wrong = 0;
        Parallel.For(0, 4, worker =>
        {
            var page = new ClassHintCache();
            for (int i = worker; i < values.Length; i += 2)
            {
                if (!page.VerdictOf(values[i]).Equals(ClassHints.Weigh(values[i]))) Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
        var last = new ClassHintCache();
        foreach (var value in values.TakeLast(50)) Assert.Equal(ClassHints.Weigh(value), last.VerdictOf(value));
    }
}
