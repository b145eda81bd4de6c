using System.Text;
using Xunit;

namespace NewsParse.Tests.Package;

/// <summary>
/// The packages as users get them, made once for all package tests: the library (and, on first use, the CLI as a
/// .NET tool) packed from a copy of the sources into a temporary folder feed under a unique pre-release version.
/// Consumers restore from that feed and the package registry into the machine's global packages folder, as a user's
/// build does (the runtime, trimming and AOT packs stay cached there); the test version is removed from it at the
/// end.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private readonly Lazy<string> _toolPackage;
    private readonly StringBuilder _log = new();

    /// <summary>Packs the library; throws with the pack's output when it fails.</summary>
    public PackageFeed()
    {
        Root = RepositoryRoot.Find();
        Version = "0.1.0-pkgtest.g" + Guid.NewGuid().ToString("N");
        Work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "newsparse-package-test-" + Guid.NewGuid().ToString("N"))).FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        GlobalPackages = GlobalPackagesFolder();

        // Pack from a copy of the sources, so the developer's own bin/obj are not touched.
        Sources = Directory.CreateDirectory(Path.Combine(Work, "repo")).FullName;
        SourceCopy.CopyFiles(Root, Sources, "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", "LICENSE", ".editorconfig",
            "CHANGELOG.md",
            "assets/icon.png", "docs/top-level-headings.tsv");
        SourceCopy.CopyProject(Root, Sources, "src/NewsParse");
        SourceCopy.CopyProject(Root, Sources, "samples/NewsParse.Cli");
        Consumer.WriteNuGetConfig(Sources, Feed);

        Run(Sources, "pack", Path.Combine(Sources, "src", "NewsParse"), "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        LibraryPackage = Path.Combine(Feed, $"NewsParse.{Version}.nupkg");
        if (!File.Exists(LibraryPackage)) throw new InvalidOperationException($"{LibraryPackage} was not created:\n{_log}");

        _toolPackage = new Lazy<string>(() =>
        {
            Run(Sources, "pack", Path.Combine(Sources, "samples", "NewsParse.Cli"), "-c", "Release", "-o", Feed, $"-p:Version={Version}");
            var package = Path.Combine(Feed, $"NewsParse.Cli.{Version}.nupkg");
            return File.Exists(package) ? package : throw new InvalidOperationException($"{package} was not created:\n{_log}");
        });
    }

    /// <summary>The repository the sources were copied from.</summary>
    public string Root { get; }

    /// <summary>The copy of the sources that was packed.</summary>
    public string Sources { get; }

    /// <summary>The unique version the packages carry.</summary>
    public string Version { get; }

    /// <summary>The temporary folder of this run (feed, sources, consumers), deleted at the end.</summary>
    public string Work { get; }

    /// <summary>The folder feed holding the packages.</summary>
    public string Feed { get; }

    /// <summary>The machine's global packages folder.</summary>
    public string GlobalPackages { get; }

    /// <summary>The library's .nupkg.</summary>
    public string LibraryPackage { get; }

    /// <summary>The CLI's tool .nupkg, packed on first use.</summary>
    public string ToolPackage => _toolPackage.Value;

    /// <summary>What the packing printed.</summary>
    public string Log => _log.ToString();

    /// <summary>Removes the test version from the global packages folder and the temporary folder.</summary>
    public void Dispose()
    {
        foreach (var id in new[] { "newsparse", "newsparse.cli" })
        {
            var restored = Path.Combine(GlobalPackages, id, Version);
            TryDelete(restored);
        }
        TryDelete(Work);
    }

    private void Run(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = ProcessRunner.Run(ProcessRunner.Dotnet, [.. arguments, "--disable-build-servers"], workingDirectory);
        _log.AppendLine($"$ dotnet {string.Join(' ', arguments)}  -> {exitCode}").AppendLine(output);
        if (exitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished child; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return !string.IsNullOrEmpty(configured)
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }
}

/// <summary>The package tests share one <see cref="PackageFeed"/> and run one after another (each one builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageTests : ICollectionFixture<PackageFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Package";
}
