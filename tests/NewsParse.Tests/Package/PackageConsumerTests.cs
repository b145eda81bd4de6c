using System.IO.Compression;
using System.Text.RegularExpressions;
using NewsParse.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Package;

/// <summary>
/// The README's C# example, built against the packed package (referenced BY VERSION, restored from the test feed), run
/// on the seed text dump: it must print what the library prints in-process. The package's content is checked too.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackageTests.Name)]
public sealed class PackageConsumerTests(PackageFeed feed, ITestOutputHelper log)
{
    [Fact]
    public void Readme_example_builds_and_runs_against_the_packed_package()
    {
        log.WriteLine(feed.Log);
        var version = feed.Version;
        var nupkg = feed.LibraryPackage;
        Assert.True(File.Exists(Path.Combine(feed.Feed, $"NewsParse.{version}.snupkg")), "the symbol package was not created");
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("README.md", entries);
            Assert.Contains("LICENSE", entries);
            Assert.Contains("lib/net8.0/NewsParse.dll", entries);
            Assert.Contains("lib/net10.0/NewsParse.dll", entries);
            Assert.Contains("lib/net10.0/NewsParse.xml", entries);
        }

        // The consumer: the README's example, referencing the package by version.
        var consumer = Consumer.Empty(Path.Combine(feed.Work, "readme-consumer"), feed, log);
        File.WriteAllText(Path.Combine(consumer.Folder, "Program.cs"), ReadmeExample(feed.Root));
        File.WriteAllText(Path.Combine(consumer.Folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsParse" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        consumer.Dotnet("build", "-c", "Release", "--disable-build-servers");
        Assert.True(Directory.Exists(Path.Combine(feed.GlobalPackages, "newsparse", version)), "NewsParse was not restored from the test feed");

        // Run it on the seed text dump, in a folder of its own (it writes article.json there).
        var run = Directory.CreateDirectory(Path.Combine(feed.Work, "readme-run")).FullName;
        var input = Path.Combine(run, "article.txt");
        File.Copy(Corpus.PathOf("seed", "xi-putin-moscow.txt"), input);
        var output = consumer.Run(ProcessRunner.Dotnet, run, Path.Combine(consumer.Folder, "bin", "Release", "net10.0", "Consumer.dll"), input);

        var expected = NewsParser.Parse(File.ReadAllBytes(input));
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains($"Headline: {expected.Headline ?? "(none)"}", lines);
        Assert.Contains($"Sections: {expected.AllSections().Count()}", lines);
        Assert.True(expected.AllSections().Count() > 1, "the seed article has several sections");
        foreach (var section in expected.AllSections().Where(s => s.Heading is not null))
            Assert.Contains($"{new string('#', section.Level ?? 2)} {section.Heading} ({section.Blocks.Count} blocks)", lines);
        Assert.NotEmpty(expected.Boilerplate);
        Assert.Equal(expected.Boilerplate.Count, lines.Count(l => l.StartsWith("Boilerplate (", StringComparison.Ordinal)));
        Assert.Equal(ArticleJson.ToJson(expected), File.ReadAllText(Path.Combine(run, "article.json")));
    }

    /// <summary>The first C# block of the README: the example that users copy.</summary>
    private static string ReadmeExample(string root)
    {
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var match = Regex.Match(readme, @"```csharp\n(.*?)\n```", RegexOptions.Singleline | RegexOptions.NonBacktracking);
        Assert.True(match.Success, "README.md has no ```csharp block");
        return match.Groups[1].Value;
    }
}
