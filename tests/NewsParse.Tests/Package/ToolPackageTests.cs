using System.IO.Compression;
using System.Xml.Linq;
using NewsParse.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Package;

/// <summary>
/// The packages' metadata, and the CLI as users install it: <c>dotnet tool install</c> from the test feed into a
/// temporary tool path, then <c>newsparse</c> run from there.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackageTests.Name)]
public sealed class ToolPackageTests(PackageFeed feed, ITestOutputHelper log)
{
    [Fact]
    public void Cli_installs_as_a_dotnet_tool_and_runs()
    {
        _ = feed.ToolPackage;
        log.WriteLine(feed.Log);
        var tools = Path.Combine(feed.Work, "tools");
        var consumer = Consumer.Empty(Path.Combine(feed.Work, "tool-install"), feed, log);
        var install = consumer.Dotnet("tool", "install", "NewsParse.Cli", "--version", feed.Version, "--tool-path", tools, "--add-source", feed.Feed);
        Assert.Contains("newsparse", install, StringComparison.Ordinal);

        var newsparse = Path.Combine(tools, OperatingSystem.IsWindows() ? "newsparse.exe" : "newsparse");
        Assert.True(File.Exists(newsparse), $"{newsparse} was not installed");
        var help = consumer.Run(newsparse, consumer.Folder, "--help");
        Assert.StartsWith("Usage: newsparse", help.TrimStart(), StringComparison.Ordinal);

        // The installed tool parses as the library does.
        var input = Corpus.PathOf("seed", "xi-putin-moscow.txt");
        var json = consumer.Run(newsparse, consumer.Folder, input, "--format", "json");
        var expected = NewsParser.Parse(File.ReadAllBytes(input));
        Assert.Equal(expected, ArticleJson.FromJson(json));
    }

    [Fact]
    public void Library_package_carries_its_metadata()
    {
        var nuspec = Nuspec(feed.LibraryPackage, out var entries);
        AssertCommonMetadata(nuspec, entries);
        Assert.Equal("NewsParse", Element(nuspec, "id"));
        Assert.Contains("lib/net8.0/NewsParse.dll", entries);
        Assert.Contains("lib/net10.0/NewsParse.dll", entries);
    }

    [Fact]
    public void Tool_package_carries_its_metadata()
    {
        var nuspec = Nuspec(feed.ToolPackage, out var entries);
        AssertCommonMetadata(nuspec, entries);
        Assert.Equal("NewsParse.Cli", Element(nuspec, "id"));
        Assert.DoesNotContain("Package Description", Element(nuspec, "description"), StringComparison.Ordinal);
        Assert.Contains(nuspec.Descendants().Where(e => e.Name.LocalName == "packageType"), e => (string?)e.Attribute("name") == "DotnetTool");
        Assert.Contains(entries, e => e.StartsWith("tools/net10.0/any/NewsParse.Cli.dll", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("tools/net10.0/any/NewsParse.dll", StringComparison.Ordinal));
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
    }

    /// <summary>Licence, readme, icon, project and repository addresses, release notes: each named and each file packed.</summary>
    private static void AssertCommonMetadata(XElement nuspec, HashSet<string> entries)
    {
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("https://github.com/newsparse/newsparse", Element(nuspec, "projectUrl"));
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/newsparse/newsparse", (string?)repository.Attribute("url"));
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "releaseNotes")), "no release notes");
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")), "no description");
        var readme = Element(nuspec, "readme");
        Assert.Contains(readme, entries);
        var icon = Element(nuspec, "icon");
        Assert.Contains(icon, entries);
    }

    private static XElement Nuspec(string package, out HashSet<string> entries)
    {
        using var zip = ZipFile.OpenRead(package);
        entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XElement.Load(stream);
    }

    private static string Element(XElement nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? throw new Xunit.Sdk.XunitException($"the nuspec has no <{name}>");
}
