using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>Inputs the command cannot use give one line on stderr and exit 1; bad arguments give the usage and exit 2; never a stack trace.</summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsparse-cli-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_file_is_one_line_and_exit_1()
    {
        var path = Path.Combine(_folder, "no-such-article.html");
        var run = CliRun.Of(path);
        AssertInputFailure(run);
        Assert.Contains(path, run.Stderr);
    }

    [Fact]
    public void A_folder_without_documents_is_one_line_and_exit_1()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        var run = CliRun.Of(empty);
        AssertInputFailure(run);
        Assert.Contains("no .html, .htm, .xhtml or .txt file", run.Stderr);
    }

    [Fact]
    public void A_binary_file_named_html_is_one_line_and_exit_1()
    {
        var path = Path.Combine(_folder, "photo.html");
        byte[] png =
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
            0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
            0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
            0x42, 0x60, 0x82,
        ];
        File.WriteAllBytes(path, png);
        foreach (var format in new[] { "json", "text", "markdown", "events" })
        {
            var run = CliRun.Of(path, "--format", format);
            AssertInputFailure(run);
            Assert.Contains("binary", run.Stderr);
        }
    }

    [Fact]
    public void Binary_bytes_on_standard_input_are_one_line_and_exit_1()
    {
        var run = CliRun.Of([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00, 0x10, 0x89, 0x50, 0x4E, 0x47], "-");
        AssertInputFailure(run);
    }

    [Fact]
    public void An_unreadable_file_is_one_line_and_exit_1()
    {
        // Permissions do not stop root (CI runs as root), so on Linux use a file that exists but fails on read:
        // /proc/self/mem read at offset 0 gives EIO. Elsewhere, a file without read permission.
        string path;
        if (OperatingSystem.IsLinux())
        {
            path = "/proc/self/mem";
        }
        else if (!OperatingSystem.IsWindows())
        {
            path = Path.Combine(_folder, "secret.txt");
            File.WriteAllText(path, "secret");
            File.SetUnixFileMode(path, UnixFileMode.None);
        }
        else
        {
            return;
        }
        var run = CliRun.Of(path);
        AssertInputFailure(run);
        Assert.Contains(path, run.Stderr);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--format")]
    [InlineData("--format", "xml")]
    [InlineData("--format=xml")]
    [InlineData("--input", "pdf")]
    [InlineData("-x")]
    public void Bad_arguments_print_the_usage_on_stderr_and_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("newsparse: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage: newsparse", run.Stderr);
        Assert.False(run.HasStackTrace, run.Stderr);
    }

    private static void AssertInputFailure(CliRun run)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.EndsWith("\n", run.Stderr, StringComparison.Ordinal);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("newsparse: ", lines[0], StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.Stderr);
    }
}
