namespace NewsParse.Cli;

/// <summary>An input the CLI cannot use (missing, a folder, binary); its message is the one line printed on stderr.</summary>
internal sealed class CliInputException(string message) : Exception(message);
