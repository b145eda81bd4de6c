namespace NewsParse.Cli.Evaluation;

/// <summary>A truth file or corpus folder of <c>newsparse eval</c> is missing or cannot be read: one line for the user, exit code 2.</summary>
internal sealed class EvalDataException(string message) : Exception(message);
