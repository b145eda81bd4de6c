namespace NewsParse.Tests.Rich;

/// <summary>The HTML pages of the development corpora in ../shared (aeb-dev, trafilatura-dev, readability-dev), for properties that must hold on every page.</summary>
internal static class DevelopmentPages
{
    /// <summary>Every page as (name, path); empty when ../shared is not beside the clone.</summary>
    public static IEnumerable<(string Name, string Path)> All()
    {
        foreach (var corpus in new[] { "aeb-dev", "trafilatura-dev" })
        {
            if (SharedCorpus.Folder(corpus, "html") is not { } folder) continue;
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                yield return ($"{corpus}/{System.IO.Path.GetFileName(file)}", file);
        }
        if (SharedCorpus.Folder("readability-dev", "pages") is { } pages)
        {
            foreach (var page in Directory.EnumerateDirectories(pages).Order(StringComparer.Ordinal))
            {
                var source = System.IO.Path.Combine(page, "source.html");
                if (File.Exists(source)) yield return ($"readability-dev/{System.IO.Path.GetFileName(page)}", source);
            }
        }
    }

    /// <summary>Parses a page from its bytes (as the CLI does: the charset is sniffed).</summary>
    public static NewsParse.Model.Article Parse(string path) => NewsParser.Parse(File.ReadAllBytes(path));
}
