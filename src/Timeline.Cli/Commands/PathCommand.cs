using System.Collections.Immutable;
using System.CommandLine;
using NodaTime.Text;
using Timeline.Cli.Output;
using Timeline.Query.Exploration;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline path A B</c>: how two actors are connected, through shared events or relations.</summary>
internal sealed class PathCommand : Command
{
    private readonly Argument<string> _from = new("A") { Description = "The first actor (name, alias or id)." };
    private readonly Argument<string> _to = new("B") { Description = "The second actor (name, alias or id)." };
    private readonly WindowOptions _window = new();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public PathCommand(CliContext context)
        : base("path", "Show a shortest connection between two actors, step by step, with the evidence for each step.")
    {
        _context = context;
        Arguments.Add(_from);
        Arguments.Add(_to);
        _window.AddTo(this);
        Options.Add(_store);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var window = _window.Read(parseResult);
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var path = await ExplorationService.PathAsync(store, parseResult.GetValue(_from)!, parseResult.GetValue(_to)!, window, cancellationToken);
        if (!path.Found)
        {
            await _context.Error.WriteLineAsync($"timeline: path: {path.From} and {path.To} are not connected in {store.DisplayName}");
        }

        var table = new ResultTable(
            ["step", "from", "to", "via", "evidence", "date", "sharedEvents"],
            [.. path.Steps.Select((s, i) => ImmutableArray.Create<object?>(
                (long)(i + 1), s.FromName, s.ToName, s.Via, s.Evidence, s.Date is { } d ? LocalDatePattern.Iso.Format(d) : null, (long)s.SharedEvents))]);
        OutputFormats.Write(table, parseResult.GetValue(_format), _context);
        return ExitCodes.Success;
    }
}
