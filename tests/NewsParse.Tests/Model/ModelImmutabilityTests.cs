using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsParse.Model;
using Xunit;

namespace NewsParse.Tests.Model;

/// <summary>The model is immutable: its collections cannot be changed through casts, nor through the lists it was made from.</summary>
public class ModelImmutabilityTests
{
    [Fact]
    public void Collections_reject_changes_through_IList_and_ICollection()
    {
        var article = SampleArticles.Full();
        var collections = CollectionsOf(article).ToList();
        Assert.True(collections.Count > 10, "the sample article should expose many collections");
        foreach (var (name, collection) in collections) AssertReadOnly(name, collection);
    }

    [Fact]
    public void Empty_collections_are_read_only_too()
    {
        foreach (var (name, collection) in CollectionsOf(Article.Empty)) AssertReadOnly(name, collection);
        var section = new Section("Heading", 2, []);
        AssertReadOnly("empty blocks", section.Blocks);
        AssertReadOnly("empty subsections", section.Sections);
    }

    [Fact]
    public void Changing_the_lists_given_to_a_constructor_does_not_change_the_model()
    {
        var items = new List<string> { "one", "two" };
        var list = new ListBlock(false, items.AsReadOnly());
        var blocks = new List<Block> { new ParagraphBlock("first") };
        var section = new Section("Heading", 2, blocks.AsReadOnly());
        var faqItems = new List<FaqItem> { new("Q?", "A.") };
        var faq = new Faq(null, faqItems.AsReadOnly());
        var sections = new List<Section> { section };
        var boilerplate = new List<BoilerplateBlock> { new(BoilerplateKind.Footer, "(c) 2025", "a copyright line") };
        var article = new Article { Sections = sections.AsReadOnly(), Faq = faq, Boilerplate = boilerplate.AsReadOnly() };
        var row = new List<string> { "a" };
        var table = new TableBlock(new List<IReadOnlyList<string>> { row.AsReadOnly() });

        items.Add("three");
        blocks.Add(new ParagraphBlock("second"));
        faqItems.Clear();
        sections.Clear();
        boilerplate.Clear();
        row[0] = "changed";

        Assert.Equal(2, list.Items.Count);
        Assert.Single(section.Blocks);
        Assert.Single(faq.Items);
        Assert.Single(article.Sections);
        Assert.Single(article.Boilerplate);
        Assert.Equal("a", table.Rows[0][0]);
    }

    [Fact]
    public void Model_types_have_no_public_setters_other_than_init()
    {
        var setters = typeof(Article).Assembly.GetTypes()
            .Where(t => t.Namespace == "NewsParse.Model" && t.IsPublic)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(setters);
        var mutableFields = typeof(Article).Assembly.GetTypes()
            .Where(t => t.Namespace == "NewsParse.Model" && t.IsPublic && !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();
        Assert.Empty(mutableFields);
    }

    private static void AssertReadOnly(string name, object collection)
    {
        var listType = collection.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IList<>));
        Assert.True(listType is not null, $"{name} is not an IList<T>");
        var element = listType.GetGenericArguments()[0];
        var sample = element.IsValueType ? Activator.CreateInstance(element) : null;
        var count = ((ICollection)collection).Count;

        var collectionType = typeof(ICollection<>).MakeGenericType(element);
        Assert.True((bool)collectionType.GetProperty("IsReadOnly")!.GetValue(collection)!, $"{name} says it is writable");
        AssertRejects(name, "Add", () => collectionType.GetMethod("Add")!.Invoke(collection, [sample]));
        AssertRejects(name, "Clear", () => collectionType.GetMethod("Clear")!.Invoke(collection, null));
        AssertRejects(name, "Insert", () => listType.GetMethod("Insert")!.Invoke(collection, [0, sample]));
        if (count > 0)
        {
            AssertRejects(name, "RemoveAt", () => listType.GetMethod("RemoveAt")!.Invoke(collection, [0]));
            AssertRejects(name, "set item", () => listType.GetProperty("Item")!.SetValue(collection, sample, [0]));
            if (collection is IList nonGeneric)
                AssertRejects(name, "IList set item", () => nonGeneric[0] = sample);
        }
        Assert.Equal(count, ((ICollection)collection).Count);
    }

    private static void AssertRejects(string name, string operation, Action change)
    {
        var error = Record.Exception(change);
        if (error is TargetInvocationException { InnerException: { } inner }) error = inner;
        Assert.True(error is NotSupportedException, $"{name}: {operation} was {(error is null ? "allowed" : "refused with " + error.GetType().Name)}");
    }

    /// <summary>Every collection reachable from the article, with a name for messages.</summary>
    private static IEnumerable<(string Name, object Collection)> CollectionsOf(Article article)
    {
        yield return ("Article.Sections", article.Sections);
        yield return ("Article.Boilerplate", article.Boilerplate);
        yield return ("Article.Diagnostics", article.Diagnostics);
        if (article.Faq is { } faq) yield return ("Faq.Items", faq.Items);
        foreach (var section in article.AllSections())
        {
            yield return ($"Section '{section.Heading}'.Blocks", section.Blocks);
            yield return ($"Section '{section.Heading}'.Sections", section.Sections);
            foreach (var block in section.Blocks)
            {
                if (block is ListBlock list) yield return ("ListBlock.Items", list.Items);
                if (block is TableBlock table)
                {
                    yield return ("TableBlock.Rows", table.Rows);
                    foreach (var row in table.Rows) yield return ("TableBlock row", row);
                }
            }
        }
    }
}
