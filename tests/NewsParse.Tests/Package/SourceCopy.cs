namespace NewsParse.Tests.Package;

/// <summary>Copies what <c>dotnet pack</c> reads from the repository: root files and project folders (without bin/obj).</summary>
internal static class SourceCopy
{
    /// <summary>Copies the files (paths relative to <paramref name="root"/>) that exist.</summary>
    public static void CopyFiles(string root, string target, params string[] files)
    {
        foreach (var file in files)
        {
            var source = Path.Combine(root, file);
            if (!File.Exists(source)) continue;
            var destination = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
        }
    }

    /// <summary>Copies the project folder <paramref name="project"/> (relative to <paramref name="root"/>), without its bin and obj.</summary>
    public static void CopyProject(string root, string target, string project)
    {
        var top = Path.Combine(root, project);
        var pending = new Stack<string>();
        pending.Push(top);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var relative = Path.GetRelativePath(root, dir);
            Directory.CreateDirectory(Path.Combine(target, relative));
            foreach (var file in Directory.GetFiles(dir)) File.Copy(file, Path.Combine(target, relative, Path.GetFileName(file)));
            foreach (var sub in Directory.GetDirectories(dir))
            {
                var name = Path.GetFileName(sub);
                if (dir == top && name is "bin" or "obj") continue;
                pending.Push(sub);
            }
        }
    }
}
