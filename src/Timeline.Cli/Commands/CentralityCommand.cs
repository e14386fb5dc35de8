using System.Collections.Immutable;
using System.CommandLine;
using Timeline.Cli.Output;
using Timeline.Query.Exploration;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline centrality</c>: who is central: degree, weighted degree and PageRank, with connected components.</summary>
internal sealed class CentralityCommand : Command
{
    private readonly Option<int?> _limit = CommonOptions.Limit();
    private readonly WindowOptions _window = new();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public CentralityCommand(CliContext context)
        : base("centrality", "Rank actors by PageRank and degree in the actor graph, with their connected component.")
    {
        _context = context;
        Options.Add(_limit);
        _window.AddTo(this);
        Options.Add(_store);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var window = _window.Read(parseResult);
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var ranking = await ExplorationService.CentralityAsync(store, window, cancellationToken);
        var table = new ResultTable(
            ["id", "name", "pageRank", "degree", "weightedDegree", "component"],
            [.. ranking.Take(parseResult.GetValue(_limit) ?? int.MaxValue).Select(c => ImmutableArray.Create<object?>(
                c.Actor.Value, c.Name, c.PageRank.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), (long)c.Degree, (long)c.WeightedDegree, (long)c.Component))]);
        OutputFormats.Write(table, parseResult.GetValue(_format), _context);
        return ExitCodes.Success;
    }
}
