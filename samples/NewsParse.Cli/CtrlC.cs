namespace NewsParse.Cli;

/// <summary>Runs a long command so that Ctrl-C cancels its token instead of killing the process: the command stops cleanly after its last complete output.</summary>
internal static class CtrlC
{
    /// <summary>Runs <paramref name="command"/> to its end (or until Ctrl-C cancels its token) and returns its exit code.</summary>
    public static int Cancels(Func<CancellationToken, Task<int>> command)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return command(cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
