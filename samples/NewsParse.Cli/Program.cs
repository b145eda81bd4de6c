using NewsParse.Cli;

return CliApp.Run(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error, stdinIsRedirected: Console.IsInputRedirected);
