using Xunit;

namespace NewsParse.Tests.Rich;

/// <summary>Heading properties on every page of the development corpora (skipped without ../shared).</summary>
public class HeadingCorpusProperties
{
    [SharedCorpusFact("aeb-dev")]
    public void Top_level_sections_are_level_2_and_no_heading_ends_in_furniture()
    {
        var failures = new List<string>();
        int headings = 0;
        foreach (var (name, path) in DevelopmentPages.All())
        {
            var article = DevelopmentPages.Parse(path);
            foreach (var top in article.Sections)
            {
                if (top.Heading is not null && top.Level != 2) failures.Add($"{name}: top-level \"{top.Heading}\" at level {top.Level}");
            }
            foreach (var section in article.AllSections())
            {
                if (section.Heading is not { } heading) continue;
                headings++;
                var end = heading.TrimEnd();
                if (end.EndsWith("[edit]", StringComparison.OrdinalIgnoreCase) || end.EndsWith('¶') || (end.EndsWith('#') && (end.Length == 1 || !char.IsLetterOrDigit(end[^2]))))
                    failures.Add($"{name}: \"{heading}\"");
            }
        }
        Assert.True(headings > 100, $"only {headings} headings read: the corpora were not read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}
