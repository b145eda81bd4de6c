using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using NewsParse.Rendering;
using Xunit;

namespace NewsParse.Tests.Golden;

/// <summary>
/// Every text dump under Corpus/text parses to its <c>.expected.json</c> (fields of the expected file must match;
/// spans and reasons may be added). Set NEWSPARSE_REGENERATE=1 to rewrite the expected files from the current output
/// (then review the diff before committing). Spans and reasons are left out of the expected files: reasons are for people and their wording may change.
/// </summary>
public class TextCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus.PathOf("text"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_dump_parses_to_its_expected_structure(string name)
    {
        var article = NewsParser.Parse(Corpus.Read("text", name + ".txt"));
        var json = ArticleJson.ToJson(article);
        if (Environment.GetEnvironmentVariable("NEWSPARSE_REGENERATE") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "Corpus", "text", name + ".expected.json"), WithoutSpans(json) + "\n");
            return;
        }
        var expected = JsonNode.Parse(Corpus.Read("text", name + ".expected.json"));
        Assert.Null(JsonSubset.FirstDifference(expected, JsonNode.Parse(json)));
    }

    private static string WithoutSpans(string json)
    {
        var node = JsonNode.Parse(json)!;
        var stack = new Stack<JsonNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonObject o:
                    o.Remove("span");
                    o.Remove("reason");
                    foreach (var (_, v) in o) if (v is not null) stack.Push(v);
                    break;
                case JsonArray a:
                    foreach (var v in a) if (v is not null) stack.Push(v);
                    break;
            }
        }
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
}
