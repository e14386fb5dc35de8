using System.Collections.Immutable;
using System.CommandLine;
using NodaTime.Text;
using Timeline.Cli.Output;
using Timeline.Core;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Query.Timelines;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline events</c>: the chronological timeline, filtered; with <c>--group-by</c>, counts per period.</summary>
internal sealed class EventsCommand : Command
{
    private readonly Option<string[]> _actor = new("--actor")
    {
        Description = "Only events in which this actor takes part (name, alias or id; repeatable), e.g. --actor Blinken.",
        HelpName = "NAME",
    };

    private readonly Option<string[]> _between = new("--between")
    {
        Description = "Only events between two actors, in either direction, e.g. --between Blinken Lawrow.",
        HelpName = "A B",
        Arity = new ArgumentArity(2, 2),
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<bool> _includeMembers = new("--include-members")
    {
        Description = "An actor also stands for its people and parts: Blinken's events count for the USA.",
    };

    private readonly Option<string[]> _type = new("--type")
    {
        Description = "Only events of this type (repeatable), e.g. --type CONSULT.",
        HelpName = "TYPE",
    };

    private readonly Option<string[]> _mode = new("--mode")
    {
        Description = "Only events of this mode (repeatable), e.g. --mode phone.",
        HelpName = "MODE",
    };

    private readonly Option<string[]> _modality = new("--modality")
    {
        Description = "Only events with this modality (repeatable): asserted, planned, negated, postponed, reported, hypothetical.",
        HelpName = "MODALITY",
    };

    private readonly Option<NodaTime.LocalDate?> _from = CommonOptions.Date("--from", "Earliest event date, inclusive, e.g. --from 2022-01-01.");
    private readonly Option<NodaTime.LocalDate?> _to = CommonOptions.Date("--to", "Latest event date, inclusive, e.g. --to 2022-02-28.");

    private readonly Option<string?> _source = new("--source")
    {
        Description = "Only events reported by this outlet, e.g. --source tagesschau.",
        HelpName = "SOURCE",
    };

    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "Only events at least this sure, 0 to 1, e.g. --min-confidence 0.6.",
        HelpName = "0..1",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"--min-confidence: '{token}' is not a number from 0 to 1.");
            return 0;
        },
    };

    private readonly Option<Grouping> _groupBy = new("--group-by")
    {
        Description = "Print counts per period by type instead of events (with --between, also the cooperation-conflict score): day, week or month.",
        HelpName = "day|week|month",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            switch (token.ToLowerInvariant())
            {
                case "day":
                    return Grouping.Day;
                case "week":
                    return Grouping.Week;
                case "month":
                    return Grouping.Month;
                default:
                    result.AddError($"--group-by: '{token}' is not a period; expected day, week or month.");
                    return Grouping.None;
            }
        },
    };

    private readonly Option<int?> _limit = CommonOptions.Limit();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public EventsCommand(CliContext context)
        : base("events", "Print the chronological timeline of events, with their sentences.")
    {
        _context = context;
        foreach (var option in new Option[] { _actor, _between, _includeMembers, _type, _mode, _modality, _from, _to, _source, _minConfidence, _groupBy, _limit, _store, _format })
        {
            Options.Add(option);
        }

        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var types = ParseAll<EventType>(parseResult.GetValue(_type), "--type", EventWireNames.TryParseEventType, Enum.GetValues<EventType>().Select(t => t.ToWire()));
        var modalities = ParseAll<Modality>(parseResult.GetValue(_modality), "--modality", EventWireNames.TryParseModality, Enum.GetValues<Modality>().Select(m => m.ToWire()));
        var from = parseResult.GetValue(_from);
        var to = parseResult.GetValue(_to);
        if (from is { } f && to is { } t && t < f)
        {
            throw new InputException("--to: the end date is before the --from date");
        }

        (string, string)? dyad = parseResult.GetValue(_between) is [var first, var second] ? (first, second) : null;
        var groupBy = parseResult.GetValue(_groupBy);
        var request = new TimelineRequest(
            [.. parseResult.GetValue(_actor) ?? []],
            dyad,
            parseResult.GetValue(_includeMembers),
            types,
            [.. parseResult.GetValue(_mode) ?? []],
            modalities,
            from,
            to,
            parseResult.GetValue(_source),
            parseResult.GetValue(_minConfidence),
            IncludeUndated: from is null && to is null,
            groupBy,
            parseResult.GetValue(_limit));
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var result = await TimelineQuery.RunAsync(store, request, cancellationToken);
        var table = groupBy == Grouping.None ? EventRows(result) : PeriodRows(result);
        OutputFormats.Write(table, parseResult.GetValue(_format), _context);
        return ExitCodes.Success;
    }

    private static ResultTable EventRows(TimelineResult result)
    {
        static string Names(TimelineRow row, ParticipantRole role) =>
            string.Join(", ", row.Participants.Where(p => p.Role == role).Select(p => p.Name));

        var rows = result.Rows.Select(row => ImmutableArray.Create<object?>(
            FormatDate(row),
            row.Granularity?.ToWire(),
            row.Type.ToWire(),
            row.Mode,
            row.Modality.ToWire(),
            Names(row, ParticipantRole.Source),
            Names(row, ParticipantRole.Target),
            Names(row, ParticipantRole.Participant),
            Names(row, ParticipantRole.Location),
            row.Provenance.Trigger,
            row.Confidence,
            row.Goldstein,
            (long)row.Provenance.Mentions,
            row.Provenance.Document.Value,
            row.Provenance.Source,
            row.Provenance.Sentence,
            row.Event.Value,
            string.Join("; ", row.Provenance.Evidence))).ToImmutableArray();
        return new ResultTable(
            ["date", "granularity", "type", "mode", "modality", "source", "target", "participants", "location", "trigger", "confidence", "goldstein", "mentions", "document", "outlet", "sentence", "id", "evidence"],
            rows);
    }

    private static ResultTable PeriodRows(TimelineResult result)
    {
        var scores = result.DyadScores.ToDictionary(s => s.Label, StringComparer.Ordinal);
        var types = result.Periods.SelectMany(p => p.ByType).Select(c => c.Type).Distinct().Order().ToList();
        var columns = new List<string> { "period", "start", "end", "total" };
        columns.AddRange(types.Select(t => t.ToWire()));
        if (scores.Count > 0)
        {
            columns.Add("cooperationConflict");
        }

        var rows = result.Periods.Select(period =>
        {
            var cells = new List<object?>
            {
                period.Label,
                period.Start is { } start ? LocalDatePattern.Iso.Format(start) : null,
                period.End is { } end ? LocalDatePattern.Iso.Format(end) : null,
                (long)period.Total,
            };
            cells.AddRange(types.Select(type => (object?)(long)(period.ByType.FirstOrDefault(c => c.Type == type)?.Count ?? 0)));
            if (scores.Count > 0)
            {
                cells.Add(scores.TryGetValue(period.Label, out var score) ? score.Score : null);
            }

            return cells.ToImmutableArray();
        }).ToImmutableArray();
        return new ResultTable([.. columns], rows);
    }

    private static string FormatDate(TimelineRow row) => row.Undated || row.Start is null
        ? "undated"
        : row.End is { } end && end != row.Start
            ? LocalDatePattern.Iso.Format(row.Start.Value) + ".." + LocalDatePattern.Iso.Format(end)
            : LocalDatePattern.Iso.Format(row.Start.Value);

    private delegate bool TryParser<T>(string? text, out T value);

    private static ImmutableArray<T> ParseAll<T>(string[]? tokens, string option, TryParser<T> parse, IEnumerable<string> expected)
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var token in tokens ?? [])
        {
            if (!parse(token, out var value))
            {
                throw new InputException($"{option}: '{token}' is not known; expected one of {string.Join(", ", expected)}");
            }

            result.Add(value);
        }

        return result.ToImmutable();
    }
}
