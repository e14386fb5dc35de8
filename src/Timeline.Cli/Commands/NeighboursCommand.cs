using System.Collections.Immutable;
using System.CommandLine;
using Timeline.Cli.Output;
using Timeline.Core.Actors;
using Timeline.Query.Exploration;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline neighbours NAME</c>: an actor's ego network, up to k hops.</summary>
internal sealed class NeighboursCommand : Command
{
    private readonly Argument<string> _name = new("NAME") { Description = "The actor (name, alias or id), e.g. Russland." };

    private readonly Option<int> _hops = new("--hops")
    {
        Description = "How many steps out, 1 to 5, e.g. --hops 2.",
        DefaultValueFactory = _ => 1,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() is < 1 or > 5)
                {
                    result.AddError("--hops: expected a whole number from 1 to 5.");
                }
            },
        },
    };

    private readonly WindowOptions _window = new();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public NeighboursCommand(CliContext context)
        : base("neighbours", "List the actors connected to one actor through shared events or relations, up to --hops steps.")
    {
        _context = context;
        Aliases.Add("neighbors");
        Arguments.Add(_name);
        Options.Add(_hops);
        _window.AddTo(this);
        Options.Add(_store);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var window = _window.Read(parseResult);
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var neighbours = await ExplorationService.NeighboursAsync(store, parseResult.GetValue(_name)!, parseResult.GetValue(_hops), window, cancellationToken);
        var table = new ResultTable(
            ["id", "name", "kind", "distance", "via", "sharedEvents"],
            [.. neighbours.Select(n => ImmutableArray.Create<object?>(n.Actor.Value, n.Name, n.Kind.ToWire(), (long)n.Distance, n.Via.Value, (long)n.SharedEvents))]);
        OutputFormats.Write(table, parseResult.GetValue(_format), _context);
        return ExitCodes.Success;
    }
}
