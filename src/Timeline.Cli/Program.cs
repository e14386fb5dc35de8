namespace Timeline.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C: stop after the article being written (its transaction commits or rolls back whole).
            e.Cancel = true;
            cancellation.Cancel();
        };

        // Data goes to standard output through one 64 KiB buffer, flushed when the command returns its exit code. Not
        // disposed: a failed flush is reported once here, and the process ends.
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
        var exitCode = await TimelineApp.RunAsync(args, CliContext.FromConsole(output), cancellation.Token);
        try
        {
            await output.FlushAsync(CancellationToken.None);
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"timeline: standard output cannot be written: {ex.Message}");
            return ExitCodes.BadInput;
        }

        return exitCode;
    }
}
