using NewsParse;
using NewsParse.Model;
using NewsParse.Rendering;
using SharpFuzz;

namespace NewsParse.Fuzz;

/// <summary>
/// The AFL++ target: reads one input from the file AFL gives (via SharpFuzz's out-of-process runner) and pushes it
/// through everything a user would: bytes with encoding detection, the same bytes chunked, the JSON, Markdown and text
/// renderers, and the JSON round trip. Any exception other than a documented <see cref="NewsParseException"/> is a
/// crash; an article whose JSON does not read back equal is turned into one.
/// </summary>
internal static class Program
{
    private static readonly ArticleParser Parser = new(NewsParserOptions.Default with
    {
        // Keep the limits small so that limit paths are reached by small inputs too.
        MaxBlockChars = 64 * 1024,
        MaxHtmlChars = 1024 * 1024,
    });

    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            // Replay mode: `dotnet NewsParse.Fuzz.dll file...` runs the files once each (for triage).
            foreach (var path in args) Run(File.ReadAllBytes(path));
            return;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Run(memory.ToArray());
        });
    }

    private static void Run(byte[] input)
    {
        Article article;
        try
        {
            article = Parser.Parse(input);
        }
        catch (NewsParseException)
        {
            return;
        }

        var json = ArticleJson.ToJson(article);
        var back = ArticleJson.FromJson(json);
        if (!back.Equals(article)) throw new InvalidOperationException("The JSON of the article does not read back equal.");
        _ = ArticleMarkdown.ToMarkdown(article);
        _ = ArticleText.ToText(article);

        // The same bytes in small chunks must not throw either (their equality is another test's business).
        var reader = Parser.CreateReader();
        try
        {
            for (int at = 0; at < input.Length; at += 7)
            {
                reader.AppendBytes(input.AsSpan(at, Math.Min(7, input.Length - at)));
                while (reader.Read()) _ = reader.Current;
            }
            reader.Complete();
            while (reader.Read()) _ = reader.Current;
        }
        catch (NewsParseException)
        {
        }
    }
}
