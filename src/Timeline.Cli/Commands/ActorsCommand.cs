using System.Collections.Immutable;
using System.CommandLine;
using NodaTime.Text;
using Timeline.Cli.Output;
using Timeline.Core.Actors;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline actors</c>: every actor with counts and first/last seen.</summary>
internal sealed class ActorsCommand : Command
{
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly Option<int?> _limit = CommonOptions.Limit();
    private readonly CliContext _context;

    public ActorsCommand(CliContext context)
        : base("actors", "List the actors with their event and mention counts and when they were first and last seen.")
    {
        _context = context;
        Options.Add(_store);
        Options.Add(_format);
        Options.Add(_limit);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var actors = await store.ListActorsAsync(cancellationToken);
        var ordered = actors
            .OrderByDescending(a => a.Events)
            .ThenByDescending(a => a.Mentions)
            .ThenBy(a => a.Actor.Id.Value, StringComparer.Ordinal)
            .Take(parseResult.GetValue(_limit) ?? int.MaxValue);
        var table = new ResultTable(
            ["id", "name", "kind", "events", "mentions", "firstSeen", "lastSeen", "aliases"],
            [.. ordered.Select(a => ImmutableArray.Create<object?>(
                a.Actor.Id.Value,
                a.Actor.Name,
                a.Actor.Kind.ToWire(),
                a.Events,
                a.Mentions,
                a.FirstSeen is { } first ? LocalDatePattern.Iso.Format(first) : null,
                a.LastSeen is { } last ? LocalDatePattern.Iso.Format(last) : null,
                string.Join("; ", a.Actor.Aliases)))]);
        OutputFormats.Write(table, parseResult.GetValue(_format), _context);
        return ExitCodes.Success;
    }
}
