using Xunit;
using Xunit.Abstractions;

namespace NewsParse.Tests.Package;

/// <summary>
/// A consumer project in a temporary folder, cut off from the repository's build files (its own empty
/// Directory.Build.props/targets and Directory.Packages.props, a nuget.config with only the test feed and the
/// package registry), so it builds as a user's project would.
/// </summary>
internal sealed class Consumer(string folder, ITestOutputHelper log)
{
    /// <summary>The project's folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>A consumer from the template <c>Package/Consumers/NAME</c> (copied next to the test assembly).</summary>
    public static Consumer FromTemplate(string name, PackageFeed feed, ITestOutputHelper log)
    {
        var folder = Path.Combine(feed.Work, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        SourceCopy.CopyProject(Path.Combine(AppContext.BaseDirectory, "Package", "Consumers"), folder, name);
        folder = Path.Combine(folder, name);
        return Empty(folder, feed, log);
    }

    /// <summary>An empty consumer folder, isolated.</summary>
    public static Consumer Empty(string folder, PackageFeed feed, ITestOutputHelper log)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        WriteNuGetConfig(folder, feed.Feed);
        return new Consumer(folder, log);
    }

    /// <summary>A nuget.config with the folder feed and the package registry only.</summary>
    public static void WriteNuGetConfig(string folder, string feed) => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="test-feed" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
        </configuration>
        """);

    /// <summary>Runs <c>dotnet ARGUMENTS</c> in the folder; asserts exit code 0; returns the output.</summary>
    public string Dotnet(params string[] arguments) => Run(ProcessRunner.Dotnet, Folder, arguments);

    /// <summary>Runs a program; asserts exit code 0; returns the output.</summary>
    public string Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = ProcessRunner.Run(fileName, arguments, workingDirectory);
        log.WriteLine($"$ {Path.GetFileName(fileName)} {string.Join(' ', arguments)}  -> {exitCode}");
        log.WriteLine(output);
        Assert.True(exitCode == 0, $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }
}
