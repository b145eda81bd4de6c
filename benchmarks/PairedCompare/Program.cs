// PairedCompare DIR_A DIR_B PAGES_DIR ROUNDS: loads NewsParse.dll (and its dependencies) from two build folders into
// two load contexts of one process and times a whole Parse of every page with each, in alternation, so both see the
// same machine; prints each one's times and the median of the per-round ratios B/A (after a third of the rounds as warm-up).
using System.Reflection;
using System.Runtime.Loader;
var dirs = new[] { Path.GetFullPath(args[0]), Path.GetFullPath(args[1]) };
var pages = Directory.GetFiles(args[2], "*.html").Select(File.ReadAllText).ToArray();
int rounds = int.Parse(args[3]);
var parse = new Func<string, object>[2];
for (int k = 0; k < 2; k++)
{
    var dir = dirs[k];
    var alc = new AssemblyLoadContext("v" + k);
    alc.Resolving += (ctx, name) => File.Exists(Path.Combine(dir, name.Name + ".dll")) ? ctx.LoadFromAssemblyPath(Path.Combine(dir, name.Name + ".dll")) : null;
    var asm = alc.LoadFromAssemblyPath(Path.Combine(dir, "NewsParse.dll"));
    var parserType = asm.GetType("NewsParse.ArticleParser")!;
    var optionsType = asm.GetType("NewsParse.NewsParserOptions")!;
    var defaults = optionsType.GetProperty("Default")!.GetValue(null)!;
    var options = optionsType.GetMethod("<Clone>$")!.Invoke(defaults, null)!;
    var formatProp = optionsType.GetProperty("Format")!;
    formatProp.SetValue(options, Enum.Parse(formatProp.PropertyType, "Html"));
    var parser = parserType.GetConstructor([optionsType])!.Invoke([options]);
    var m = parserType.GetMethod("Parse", [typeof(string)])!;
    parse[k] = html => m.Invoke(parser, [html])!;
}
var times = new List<double>[] { new(), new() };
var sw = new System.Diagnostics.Stopwatch();
for (int r = 0; r < rounds; r++)
{
    for (int k0 = 0; k0 < 2; k0++)
    {
        int k = (r % 2 == 0) ? k0 : 1 - k0;
        sw.Restart();
        foreach (var p in pages) parse[k](p);
        times[k].Add(sw.Elapsed.TotalMilliseconds);
    }
}
for (int k = 0; k < 2; k++)
{
    var t = times[k].Skip(rounds / 3).OrderBy(x => x).ToList();
    Console.WriteLine($"{(k == 0 ? "A" : "B")} min {t[0]:0.0} p25 {t[t.Count / 4]:0.0} median {t[t.Count / 2]:0.0} ms  ({dirs[k]})");
}
var ratios = times[0].Zip(times[1], (a, b) => b / a).Skip(rounds / 3).OrderBy(x => x).ToList();
Console.WriteLine($"B/A per round: median {ratios[ratios.Count / 2]:0.000} (p25 {ratios[ratios.Count / 4]:0.000}, p75 {ratios[3 * ratios.Count / 4]:0.000})");
