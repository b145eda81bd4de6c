using System.Text.RegularExpressions;
using Xunit;

namespace NewsParse.Tests.Docs;

/// <summary>
/// Every link between the docs resolves: relative links and links to this repository on GitHub name a file or folder
/// that exists, and a <c>#fragment</c> names a heading of its file. README.md, which the package page shows, links
/// only with absolute addresses.
/// </summary>
public class DocLinkTests
{
    private const string Repository = "https://github.com/newsparse/newsparse/";

    private static readonly Regex InlineLink = new(@"\]\(([^)\s]+)\)", RegexOptions.Compiled);
    private static readonly Regex ReferenceLink = new(@"^\[[^\]]+\]:\s*(\S+)", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex Heading = new(@"^#{1,6}\s+(.+)$", RegexOptions.Compiled | RegexOptions.Multiline);
    private static readonly Regex Fence = new(@"^```.*?^```", RegexOptions.Compiled | RegexOptions.Multiline | RegexOptions.Singleline);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { "README.md", "CONTRIBUTING.md" };
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md").Order(StringComparer.Ordinal))
            data.Add("docs/" + Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_link_of_the_document_resolves(string document)
    {
        var broken = Links(document).Where(link => !Resolves(document, link)).ToList();
        Assert.True(broken.Count == 0, $"{document} links to what does not exist: {string.Join(", ", broken)}");
    }

    [Fact]
    public void The_readme_links_with_absolute_addresses()
    {
        var relative = Links("README.md").Where(l => !l.Contains("://", StringComparison.Ordinal) && !l.StartsWith("mailto:", StringComparison.Ordinal)).ToList();
        Assert.True(relative.Count == 0, $"README.md has relative links: {string.Join(", ", relative)}");
        Assert.Contains(Links("README.md"), l => l.StartsWith(Repository, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_does_not_resolve()
    {
        Assert.True(Resolves("docs/contract.md", "limits.md"));
        Assert.True(Resolves("docs/contract.md", "#blocks"));
        Assert.True(Resolves("README.md", Repository + "blob/main/docs/contract.md#inlines"));
        Assert.False(Resolves("docs/contract.md", "missing.md"));
        Assert.False(Resolves("docs/contract.md", "#no-such-heading"));
        Assert.False(Resolves("README.md", Repository + "blob/main/docs/missing.md"));
    }

    private static IEnumerable<string> Links(string document)
    {
        var text = Fence.Replace(RepositoryFiles.Read(document), "");
        return InlineLink.Matches(text).Concat(ReferenceLink.Matches(text)).Select(m => m.Groups[1].Value).Distinct();
    }

    /// <summary>True when <paramref name="link"/> of <paramref name="document"/> names something that exists; other sites are not checked.</summary>
    private static bool Resolves(string document, string link)
    {
        string target;
        if (link.StartsWith(Repository, StringComparison.Ordinal))
        {
            var rest = link[Repository.Length..];
            var match = Regex.Match(rest, "^(?:blob|tree)/main/(.*)$");
            if (!match.Success) return rest.Length == 0;
            target = match.Groups[1].Value;
        }
        else if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal)) return true;
        else target = link.StartsWith('#') ? Path.GetFileName(document) + link : link;

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : target[(hash + 1)..];
        var path = hash < 0 ? target : target[..hash];
        var baseFolder = link.StartsWith(Repository, StringComparison.Ordinal) ? "" : Path.GetDirectoryName(document) ?? "";
        var full = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, baseFolder, path));
        if (!File.Exists(full)) return fragment is null && Directory.Exists(full);
        return fragment is null || Heading.Matches(File.ReadAllText(full)).Any(h => Slug(h.Groups[1].Value) == fragment);
    }

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string heading) =>
        new string(heading.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()).Replace(' ', '-');
}
