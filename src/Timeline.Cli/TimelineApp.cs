using System.CommandLine;
using Timeline.Cli.Commands;
using Timeline.Core;
using Timeline.Storage;

namespace Timeline.Cli;

/// <summary>The command line: parses, runs, and maps failures to the contract's exit codes. The only place that knows them.</summary>
internal static class TimelineApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Timeline: dated events, actors and relations from news articles, as a queryable graph.");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            await context.Error.WriteLineAsync($"timeline: {parseResult.Errors[0].Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parseResult.InvokeAsync(
                new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (InputException ex)
        {
            await context.Error.WriteLineAsync($"timeline: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (StoreException ex)
        {
            await context.Error.WriteLineAsync($"timeline: {ex.Message}");
            return ExitCodes.StoreUnavailable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("timeline: cancelled; everything committed before stays stored");
            return ExitCodes.BadInput;
        }
    }
}
