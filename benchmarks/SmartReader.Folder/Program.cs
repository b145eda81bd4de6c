// smartreader-folder DIR [--parallel N]: SmartReader 0.11.1 over every .html/.htm/.txt of DIR (subfolders included,
// in path order), one JSON line per page on stdout; N defaults to the number of cores, as newsparse's --parallel.
using NewsParse.Benchmarks;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: SmartReader.Folder DIR [--parallel N]");
    return 2;
}
int at = Array.IndexOf(args, "--parallel");
int parallelism = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
return SmartReaderFolder.Run(args[0], parallelism);
