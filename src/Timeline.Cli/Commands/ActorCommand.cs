using System.Collections.Immutable;
using System.CommandLine;
using NodaTime.Text;
using Timeline.Cli.Output;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Relations;
using Timeline.Query.Actors;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline actor NAME</c>: one actor's profile: aliases, roles with dates, members, counts by type and role,
/// first and last seen, top counterparts. Printed as sections (one table each); as one JSON object with <c>--format json</c>.</summary>
internal sealed class ActorCommand : Command
{
    private readonly Argument<string> _name = new("NAME") { Description = "The actor's name, alias or id, e.g. Lawrow." };

    private readonly Option<int> _top = new("--top")
    {
        Description = "How many top counterparts to list, e.g. --top 10.",
        DefaultValueFactory = _ => 10,
    };

    private readonly WindowOptions _window = new();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public ActorCommand(CliContext context)
        : base("actor", "Show one actor's profile: aliases, roles, relations, events by type and top counterparts.")
    {
        _context = context;
        Arguments.Add(_name);
        Options.Add(_top);
        _window.AddTo(this);
        Options.Add(_store);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var window = _window.Read(parseResult);
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var profile = await ActorProfileService.GetAsync(store, parseResult.GetValue(_name)!, window, Math.Max(1, parseResult.GetValue(_top)), cancellationToken);
        var format = OutputFormats.Choose(parseResult.GetValue(_format), _context.IsOutputTerminal);
        var sections = Sections(profile);
        if (format == OutputFormat.Json)
        {
            JsonResultWriter.WriteSections(sections, _context.Output);
        }
        else
        {
            var writer = OutputFormats.WriterFor(format);
            foreach (var (title, table) in sections)
            {
                _context.Output.WriteLine(format == OutputFormat.Markdown ? "## " + title : title);
                writer.Write(table, _context.Output);
                _context.Output.WriteLine();
            }
        }

        return ExitCodes.Success;
    }

    private static IReadOnlyList<(string Title, ResultTable Table)> Sections(ActorProfile profile)
    {
        static string? Date(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

        static ResultTable Roles(ImmutableArray<ActorRole> roles) => new(
            ["relation", "actor", "title", "firstObserved", "lastObserved", "evidence"],
            [.. roles.Select(r => ImmutableArray.Create<object?>(r.Type.ToWire(), r.OtherName, r.Title, Date(r.FirstObserved), Date(r.LastObserved), (long)r.Evidence))]);

        var actor = profile.Actor;
        return
        [
            ("actor", new ResultTable(
                ["id", "name", "kind", "aliases", "events", "firstSeen", "lastSeen"],
                [[actor.Id.Value, actor.Name, actor.Kind.ToWire(), string.Join("; ", actor.Aliases), (long)profile.Events, Date(profile.FirstSeen), Date(profile.LastSeen)]])),
            ("roles", Roles(profile.Roles)),
            ("members", Roles(profile.Members)),
            ("eventsByType", new ResultTable(["type", "count"], [.. profile.ByType.Select(c => ImmutableArray.Create<object?>(c.Type.ToWire(), (long)c.Count))])),
            ("eventsByRole", new ResultTable(["role", "count"], [.. profile.ByRole.Select(c => ImmutableArray.Create<object?>(c.Role.ToWire(), (long)c.Count))])),
            ("topCounterparts", new ResultTable(["id", "name", "sharedEvents"], [.. profile.TopCounterparts.Select(c => ImmutableArray.Create<object?>(c.Actor.Value, c.Name, (long)c.SharedEvents))])),
        ];
    }
}
