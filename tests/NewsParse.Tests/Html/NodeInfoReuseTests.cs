using System.Reflection;
using System.Runtime.CompilerServices;
using NewsParse.Html;
using NewsParse.Html.Dom;
using Xunit;

namespace NewsParse.Tests.Html;

/// <summary>A released page index's infos serve the next page: <see cref="NodeInfo.Init"/> must leave nothing of the info's last page.</summary>
public class NodeInfoReuseTests
{
    [Fact]
    public void Init_resets_every_field_to_what_a_new_info_has()
    {
        var document = HtmlDocument.Parse("<html><body><div><p>a</p><p>b</p></div></body></html>", 64);
        var elements = new List<HtmlElement>();
        var stack = new Stack<HtmlElement>([document.Root]);
        while (stack.TryPop(out var element))
        {
            elements.Add(element);
            foreach (var child in element.Children) stack.Push(child);
        }
        var used = new NodeInfo(elements[1], new NodeInfo(elements[0], null, 0), 1);
        var fields = typeof(NodeInfo).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.NotEmpty(fields);
        foreach (var field in fields) field.SetValue(used, NonDefault(field.FieldType, elements[2]));
        foreach (var field in fields) Assert.NotEqual(DefaultOf(field.FieldType), field.GetValue(used));

        var parent = new NodeInfo(elements[0], null, 0);
        used.Init(elements[3], parent, 2);
        var fresh = new NodeInfo(elements[3], parent, 2);
        foreach (var field in fields)
            Assert.True(Equals(field.GetValue(fresh), field.GetValue(used)), $"NodeInfo.Init does not reset {field.Name}");
    }

    [Fact]
    public void Pages_read_one_after_another_on_one_thread_give_what_each_gives_alone()
    {
        string[] pages =
        [
            "<html><head><title>One</title></head><body><nav><a href=/>Home</a></nav><article><h1>One</h1><p>First page, first paragraph, long enough to be an article of its own.</p><p>And a second paragraph of it.</p></article></body></html>",
            "<html><body><div class=content><h2>Two</h2><p>Another page, with another structure, and its own words in a paragraph.</p><ul><li>an item</li><li>another</li></ul></div><footer>Footer text</footer></body></html>",
        ];
        var alone = pages.Select(page => new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Html }).Parse(page)).ToList();
        var parser = new ArticleParser(NewsParserOptions.Default with { Format = InputFormat.Html });
        for (int round = 0; round < 3; round++)
            for (int n = 0; n < pages.Length; n++) Assert.Equal(alone[n], parser.Parse(pages[n]));
    }

    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static object NonDefault(Type type, HtmlElement element)
    {
        if (type == typeof(bool)) return true;
        if (type == typeof(int)) return 7;
        if (type == typeof(double)) return 1.5;
        if (type.IsEnum) return Enum.ToObject(type, 1);
        if (type == typeof(HtmlElement)) return element;
        if (type == typeof(NodeInfo)) return new NodeInfo(element, null, 5);
        if (type == typeof(string)) return "x";
        if (type == typeof(ReadOnlyMemory<char>)) return "names".AsMemory();
        if (Nullable.GetUnderlyingType(type) is { } inner) return NonDefault(inner, element);
        if (type.IsValueType) throw new InvalidOperationException($"add a non-default value of {type} to this test");
        return RuntimeHelpers.GetUninitializedObject(type);
    }
}
