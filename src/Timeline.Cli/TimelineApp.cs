namespace Timeline.Cli;

/// <summary>The command line: parses, runs, and maps failures to the contract's exit codes. The only place that knows them.</summary>
internal static class TimelineApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        _ = (args, output, error, cancellationToken);
        return ExitCodes.Success; // TODO(#2): commands.
    }
}
