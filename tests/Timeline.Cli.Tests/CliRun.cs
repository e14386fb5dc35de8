namespace Timeline.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunWithAsync(IReadOnlyDictionary<string, string>? environment, string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(
            output,
            error,
            new StringReader(input ?? string.Empty),
            IsOutputTerminal: false,
            IsErrorTerminal: false,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        var exitCode = await TimelineApp.RunAsync(args, context, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithAsync(null, null, args);
}
