using Xunit;

namespace NewsParse.Tests.Package;

/// <summary>
/// A fact that needs what a Native AOT publish links with: clang (the ILCompiler's default linker driver) on PATH.
/// Without it the test reports itself skipped (.ci/run installs clang, so CI always runs it); docs/packaging.md gives
/// the manual command.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    /// <summary>Skips the test when clang is not found.</summary>
    public NativeAotFactAttribute()
    {
        if (!OnPath("clang")) Skip = "Native AOT needs clang on PATH (apt-get install clang)";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
