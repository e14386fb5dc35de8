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
        return await TimelineApp.RunAsync(args, CliContext.FromConsole(), cancellation.Token);
    }
}
