using System.CommandLine;

namespace Timeline.Cli.Commands;

/// <summary>Every command of the CLI, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context) =>
    [
        new IngestCommand(context),
        new ExtractCommand(context),
        new EventsCommand(context),
        new ActorsCommand(context),
        new ActorCommand(context),
        new PathCommand(context),
        new NeighboursCommand(context),
        new CentralityCommand(context),
        new ExportCommand(context),
        new StatsCommand(context),
    ];
}
