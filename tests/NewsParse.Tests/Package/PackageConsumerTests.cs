using System.IO.Compression;
using System.Text.RegularExpressions;
using NewsParse.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Package;

/// <summary>
/// The package as users get it: the library is packed into a temporary folder feed under a unique pre-release
/// version, and a small console app (the README's C# example) references it BY VERSION, restores offline (the temp
/// feed plus the machine's global packages folder as a local feed, into a temporary packages folder so the global
/// cache is not polluted), builds, runs, and must print what the library prints in-process.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageConsumerTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "newsparse-package-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Readme_example_builds_and_runs_against_the_packed_package()
    {
        var root = RepositoryRoot.Find();
        var version = "0.1.0-pkgtest.g" + Guid.NewGuid().ToString("N");
        var globalPackages = GlobalPackagesFolder();
        var feed = Dir("feed");
        var packages = Dir("packages");

        // Pack from a copy of the library's sources, so the developer's own bin/obj are not touched.
        var copy = CopyLibrarySources(root, Dir("repo"));
        WriteNuGetConfig(copy, globalPackagesFolder: null, globalPackages);
        Step(ProcessRunner.Dotnet, copy, "pack", Path.Combine(copy, "src", "NewsParse"), "-c", "Release", "-o", feed,
            $"-p:Version={version}", "--disable-build-servers");

        var nupkg = Path.Combine(feed, $"NewsParse.{version}.nupkg");
        Assert.True(File.Exists(nupkg), $"{nupkg} was not created");
        Assert.True(File.Exists(Path.Combine(feed, $"NewsParse.{version}.snupkg")), "the symbol package was not created");
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
        var consumer = Dir("consumer");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ReadmeExample(root));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsParse" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // Stop MSBuild's upward search for the repository's (or anyone's) props in the temp folder.
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(consumer, "Directory.Packages.props"), "<Project />");
        WriteNuGetConfig(consumer, packages, feed, globalPackages);

        Step(ProcessRunner.Dotnet, consumer, "restore", "--packages", packages, "--disable-build-servers");
        Assert.True(Directory.Exists(Path.Combine(packages, "newsparse", version)), "NewsParse was not restored from the temp feed");
        Step(ProcessRunner.Dotnet, consumer, "build", "--no-restore", "-c", "Release", "--disable-build-servers");

        // Run it on the seed text dump, in a folder of its own (it writes article.json there).
        var run = Dir("run");
        var input = Path.Combine(run, "article.txt");
        File.Copy(Corpus.PathOf("seed", "xi-putin-moscow.txt"), input);
        var output = Step(ProcessRunner.Dotnet, run, Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"), input);

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

        // The global cache was used as a read-only feed, never written to.
        Assert.False(Directory.Exists(Path.Combine(globalPackages, "newsparse", version)), "the test version leaked into the global packages folder");
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished child; the temp folder is cleaned by the system.
        }
    }

    private string Dir(string name) => Directory.CreateDirectory(Path.Combine(_work, name)).FullName;

    private string Step(string fileName, string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = ProcessRunner.Run(fileName, arguments, workingDirectory);
        log.WriteLine($"$ {Path.GetFileName(fileName)} {string.Join(' ', arguments)}  -> {exitCode}");
        log.WriteLine(output);
        Assert.True(exitCode == 0, $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return !string.IsNullOrEmpty(configured)
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    /// <summary>The first C# block of the README: the example that users copy.</summary>
    private static string ReadmeExample(string root)
    {
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var match = Regex.Match(readme, @"```csharp\n(.*?)\n```", RegexOptions.Singleline | RegexOptions.NonBacktracking);
        Assert.True(match.Success, "README.md has no ```csharp block");
        return match.Groups[1].Value;
    }

    /// <summary>Copies what <c>dotnet pack src/NewsParse</c> reads: the library's sources (without bin/obj) and the root files.</summary>
    private static string CopyLibrarySources(string root, string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", "LICENSE", ".editorconfig" })
        {
            var source = Path.Combine(root, file);
            if (File.Exists(source)) File.Copy(source, Path.Combine(target, file));
        }
        var library = Path.Combine(root, "src", "NewsParse");
        var pending = new Stack<string>();
        pending.Push(library);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var relative = Path.GetRelativePath(root, dir);
            Directory.CreateDirectory(Path.Combine(target, relative));
            foreach (var file in Directory.GetFiles(dir)) File.Copy(file, Path.Combine(target, relative, Path.GetFileName(file)));
            foreach (var sub in Directory.GetDirectories(dir))
            {
                var name = Path.GetFileName(sub);
                if (dir == library && name is "bin" or "obj") continue;
                pending.Push(sub);
            }
        }
        return target;
    }

    /// <summary>A nuget.config with only local sources: no network is ever reached.</summary>
    private static void WriteNuGetConfig(string folder, string? globalPackagesFolder, params string[] sources)
    {
        var adds = string.Join("\n", sources.Select((s, i) => $"""    <add key="local{i}" value="{s}" />"""));
        var config = globalPackagesFolder is null ? "" : $"""
              <config>
                <add key="globalPackagesFolder" value="{globalPackagesFolder}" />
              </config>
            """;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {adds}
              </packageSources>
            {config}
            </configuration>
            """);
    }
}
