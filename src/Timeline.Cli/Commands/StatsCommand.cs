using System.CommandLine;
using Timeline.Cli.Output;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline stats</c>: counts of documents, actors, events and relations in the store.</summary>
internal sealed class StatsCommand : Command
{
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public StatsCommand(CliContext context)
        : base("stats", "Count the documents, actors, events and relations in the store.")
    {
        _context = context;
        Options.Add(_store);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        var table = new ResultTable(
            ["documents", "actors", "events", "eventMentions", "relations"],
            [[statistics.Documents, statistics.Actors, statistics.Events, statistics.EventMentions, statistics.Relations]]);
        OutputFormats.Write(table, parseResult.GetValue(_format), _context);
        return ExitCodes.Success;
    }
}
