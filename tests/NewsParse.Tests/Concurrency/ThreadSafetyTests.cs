using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using NewsParse.Model;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Concurrency;

/// <summary>One parser instance serves many threads at once with the same results as sequential use; the library has no static mutable state.</summary>
public class ThreadSafetyTests
{
    private static List<(string Name, string Text)> Inputs()
    {
        var inputs = new List<(string, string)>
        {
            ("seed text", Corpus.Read("seed", "xi-putin-moscow.txt")),
            ("seed html", Corpus.Read("seed", "xi-putin-moscow.wordpress.html")),
        };
        var random = new Random(11);
        for (int i = 0; i < 6; i++)
        {
            var text = new StringBuilder("Harbour Inquiry Round ").Append(i).Append("\n\nBy Jane Doe | May ").Append(i + 1).Append(", 2025\n\n");
            for (int p = 0; p < 20 + random.Next(30); p++)
            {
                if (random.Next(6) == 0) text.Append("Section About The Harbour ").Append(p).Append("\n\n");
                text.Append("Paragraph ").Append(p).Append(" on the harbour inquiry: the committee heard witnesses. They spoke of ships.\n\n");
                if (random.Next(10) == 0) text.Append("Follow us on Twitter for more updates\n\n");
            }
            text.Append("FAQ\n\nQ: When does the inquiry end?\nA: In June, the chair said.\n");
            inputs.Add(($"generated {i}", text.ToString()));
        }
        return inputs;
    }

    [Fact]
    public void One_parser_used_from_many_threads_gives_the_sequential_results()
    {
        var parser = new ArticleParser(NewsParserOptions.Default with { LookAheadChars = 4096 });
        var inputs = Inputs();
        var expected = inputs.Select(i => ArticleJson.ToJson(parser.Parse(i.Text))).ToArray();
        var expectedBytes = inputs.Select(i => ArticleJson.ToJson(parser.Parse(Encoding.UTF8.GetBytes(i.Text)))).ToArray();

        var failures = new ConcurrentBag<string>();
        Parallel.For(0, inputs.Count * 12, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
        {
            int i = n % inputs.Count;
            var actual = (n / inputs.Count % 3) switch
            {
                0 => ArticleJson.ToJson(parser.Parse(inputs[i].Text)),
                1 => ArticleJson.ToJson(parser.Parse(Encoding.UTF8.GetBytes(inputs[i].Text))),
                _ => ArticleJson.ToJson(parser.Parse(new StringReader(inputs[i].Text))),
            };
            var want = n / inputs.Count % 3 == 1 ? expectedBytes[i] : expected[i];
            if (actual != want) failures.Add($"{inputs[i].Name} (run {n})");
            _ = ArticleMarkdown.ToMarkdown(ArticleJson.FromJson(actual));
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void The_static_front_door_used_from_many_threads_gives_the_sequential_results()
    {
        var inputs = Inputs();
        var expected = inputs.Select(i => NewsParser.Parse(i.Text)).ToArray();
        var results = new Article[inputs.Count * 8];
        Parallel.For(0, results.Length, n => results[n] = NewsParser.Parse(inputs[n % inputs.Count].Text));
        for (int n = 0; n < results.Length; n++) Assert.Equal(expected[n % inputs.Count], results[n]);
    }

    [Fact]
    public void A_parser_that_reuses_the_memory_of_its_finished_readers_gives_what_fresh_parsers_give()
    {
        // Large and small documents in turn, text and HTML, and a reader abandoned half-way: a parser keeps its
        // finished readers' slabs and term counts for the next documents, which must not see anything of the earlier ones.
        var inputs = Inputs();
        var big = string.Concat(Enumerable.Repeat(inputs[2].Text, 40));
        var order = new List<string> { big };
        foreach (var (_, text) in inputs) { order.Add(text); order.Add(big); }
        var parser = new ArticleParser();
        var abandoned = parser.CreateReader();
        abandoned.Append(big.AsSpan(0, big.Length / 2));
        foreach (var text in order) Assert.Equal(new ArticleParser().Parse(text), parser.Parse(text));
        var results = new Article[order.Count * 4];
        Parallel.For(0, results.Length, n => results[n] = parser.Parse(order[n % order.Count]));
        for (int n = 0; n < results.Length; n++) Assert.Equal(new ArticleParser().Parse(order[n % order.Count]), results[n]);
    }

    [Fact]
    public async Task Pages_read_from_bytes_and_streams_one_after_another_and_at_once_give_what_their_strings_give()
    {
        // An HTML page read from bytes is held in an array shared through the array pool and given back once its
        // blocks are written: a later page, on this thread or another, must not see anything of an earlier one.
        var inputs = Inputs();
        var big = "<html><body>" + string.Concat(Enumerable.Repeat(inputs[1].Text, 12)) + "</body></html>";
        var order = new List<string> { big };
        foreach (var (_, text) in inputs) { order.Add(text); order.Add(big); }
        var expected = order.Select(text => new ArticleParser().Parse(text)).ToList();
        var parser = new ArticleParser();
        var abandoned = parser.CreateReader();
        abandoned.AppendBytes(Encoding.UTF8.GetBytes(big).AsSpan(0, big.Length / 2));
        for (int n = 0; n < order.Count; n++)
        {
            var bytes = Encoding.UTF8.GetBytes(order[n]);
            Assert.Equal(expected[n], parser.Parse(bytes.AsSpan()));
            Assert.Equal(expected[n], parser.Parse(new MemoryStream(bytes)));
            Assert.Equal(expected[n], await parser.ParseAsync(new MemoryStream(bytes)));
        }
        var results = new Article[order.Count * 4];
        Parallel.For(0, results.Length, n => results[n] = parser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(order[n % order.Count]))));
        for (int n = 0; n < results.Length; n++) Assert.Equal(expected[n % order.Count], results[n]);
    }

    [Fact]
    public void The_library_has_no_static_mutable_fields()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(ArticleParser).Assembly.GetTypes())
        {
            if (type.IsDefined(typeof(CompilerGeneratedAttribute))) continue;
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute))) continue;
                // A private [ThreadStatic] scratch buffer is one per thread: no two threads share it.
                if (field.IsDefined(typeof(ThreadStaticAttribute)))
                {
                    if (!field.IsPrivate) offenders.Add($"{type.FullName}.{field.Name} is a non-private thread-static field");
                    continue;
                }
                if (!field.IsInitOnly)
                {
                    offenders.Add($"{type.FullName}.{field.Name} is not readonly");
                    continue;
                }
                // A readonly array can still be written element by element: only private ones are tolerated.
                if (field.FieldType.IsArray && !field.IsPrivate) offenders.Add($"{type.FullName}.{field.Name} is a non-private static array");
                if (IsMutableCollection(field.FieldType) && !field.IsPrivate) offenders.Add($"{type.FullName}.{field.Name} is a non-private static mutable collection");
            }
        }
        Assert.Empty(offenders);
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
        && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>) || d == typeof(Queue<>) || d == typeof(Stack<>));
}
