using System.Text;

namespace NewsParse.Benchmarks;

/// <summary>
/// Writes an article-like plain-text dump of any size: headlines, bylines, paragraphs of varied sentences, headings,
/// lists and an occasional FAQ, drawn deterministically from a vocabulary with a seeded generator.
/// </summary>
internal static class TextDumpGenerator
{
    private static readonly string[] Words =
    [
        "government", "minister", "economy", "market", "election", "parliament", "agreement", "security", "council",
        "president", "energy", "trade", "policy", "budget", "inflation", "growth", "report", "investigation", "court",
        "officials", "citizens", "region", "border", "talks", "summit", "delegation", "sanctions", "exports", "industry",
        "climate", "weather", "storm", "harvest", "farmers", "prices", "workers", "union", "strike", "hospital", "doctors",
        "school", "students", "teachers", "research", "science", "technology", "company", "shares", "investors", "bank",
        "interest", "rates", "housing", "city", "council", "transport", "railway", "airport", "flights", "tourism",
        "football", "season", "coach", "players", "league", "championship", "festival", "music", "museum", "history",
        "the", "a", "of", "in", "and", "to", "for", "with", "on", "after", "before", "during", "while", "since", "as",
        "said", "announced", "warned", "expected", "reported", "confirmed", "denied", "argued", "suggested", "noted",
        "new", "major", "local", "national", "international", "recent", "significant", "strong", "weak", "early", "late",
        "Müller", "São", "Zürich", "Kraków", "Ελλάδα", "Москва", "東京",
    ];

    private static readonly string[] Names = ["Maria Lopez", "John Smith", "Aiko Tanaka", "Lars Eriksen", "Fatima Zahra", "Ivan Petrov"];

    public static string Generate(int approximateChars, int seed)
    {
        var builder = new StringBuilder(approximateChars + 4096);
        var random = new Random(seed);
        while (builder.Length < approximateChars) AppendArticle(builder, random);
        return builder.ToString();
    }

    /// <summary>The articles that <see cref="Generate"/> concatenates, one string each (same seed, same text).</summary>
    public static List<string> GenerateArticles(int approximateChars, int seed)
    {
        var articles = new List<string>();
        var builder = new StringBuilder(64 * 1024);
        var random = new Random(seed);
        for (long total = 0; total < approximateChars;)
        {
            builder.Clear();
            AppendArticle(builder, random);
            articles.Add(builder.ToString());
            total += builder.Length;
        }
        return articles;
    }

    /// <summary>Writes about <paramref name="bytes"/> bytes of UTF-8 to <paramref name="path"/>, one article at a time.</summary>
    public static void WriteFile(string path, long bytes, int seed)
    {
        var random = new Random(seed);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var builder = new StringBuilder(64 * 1024);
        while (stream.Position < bytes)
        {
            builder.Clear();
            AppendArticle(builder, random);
            writer.Write(builder);
            writer.Flush();
        }
    }

    private static void AppendArticle(StringBuilder b, Random random)
    {
        b.Append(Title(random, 6, 11)).Append('\n');
        b.Append("By ").Append(Names[random.Next(Names.Length)]).Append(" | ")
            .Append(new DateOnly(2020 + random.Next(6), 1 + random.Next(12), 1 + random.Next(28)).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        int sections = 2 + random.Next(4);
        for (int s = 0; s < sections; s++)
        {
            if (s > 0) b.Append(Title(random, 3, 8)).Append('\n');
            int paragraphs = 2 + random.Next(4);
            for (int p = 0; p < paragraphs; p++) b.Append(Paragraph(random)).Append('\n');
            if (random.Next(5) == 0)
            {
                for (int i = 0; i < 3; i++) b.Append("- ").Append(Sentence(random, 4, 9).TrimEnd('.')).Append('\n');
            }
        }
        if (random.Next(6) == 0)
        {
            b.Append("Frequently Asked Questions\n");
            for (int q = 0; q < 3; q++)
            {
                b.Append(Title(random, 4, 8)).Append("?\n").Append(Paragraph(random)).Append('\n');
            }
        }
        b.Append("Share this article\n\n");
    }

    private static string Title(Random random, int min, int max)
    {
        var sentence = Sentence(random, min, max);
        return sentence[..^1];
    }

    private static string Paragraph(Random random)
    {
        var b = new StringBuilder();
        int sentences = 3 + random.Next(5);
        for (int i = 0; i < sentences; i++)
        {
            if (i > 0) b.Append(' ');
            b.Append(Sentence(random, 8, 24));
        }
        return b.ToString();
    }

    private static string Sentence(Random random, int min, int max)
    {
        int n = min + random.Next(max - min + 1);
        var b = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            var word = Words[random.Next(Words.Length)];
            if (i == 0) b.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            else b.Append(' ').Append(word);
            if (i > 0 && i < n - 1 && random.Next(12) == 0) b.Append(',');
        }
        return b.Append('.').ToString();
    }
}
