using System.Collections.Immutable;
using System.CommandLine;
using NodaTime.Text;
using Timeline.Cli.Output;
using Timeline.Core;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Storage;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline events</c>: the chronological timeline, filtered.</summary>
internal sealed class EventsCommand : Command
{
    private readonly Option<string[]> _actor = new("--actor")
    {
        Description = "Only events in which this actor takes part (name, alias or id; repeatable), e.g. --actor Blinken.",
        HelpName = "NAME",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _between = new("--between")
    {
        Description = "Only events between two actors, in either direction, e.g. --between Blinken Lawrow.",
        HelpName = "A B",
        Arity = new ArgumentArity(2, 2),
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _type = new("--type")
    {
        Description = "Only events of this type (repeatable), e.g. --type CONSULT.",
        HelpName = "TYPE",
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

    private readonly Option<int?> _limit = CommonOptions.Limit();
    private readonly Option<string?> _store = CommonOptions.Store();
    private readonly Option<OutputFormat?> _format = CommonOptions.Format();
    private readonly CliContext _context;

    public EventsCommand(CliContext context)
        : base("events", "Print the chronological timeline of events, with their sentences.")
    {
        _context = context;
        foreach (var option in new Option[] { _actor, _between, _type, _modality, _from, _to, _source, _minConfidence, _limit, _store, _format })
        {
            Options.Add(option);
        }

        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var types = ParseAll<EventType>(parseResult.GetValue(_type), "--type", EventWireNames.TryParseEventType, Enum.GetValues<EventType>().Select(t => t.ToWire()));
        var modalities = ParseAll<Modality>(parseResult.GetValue(_modality), "--modality", EventWireNames.TryParseModality, Enum.GetValues<Modality>().Select(m => m.ToWire()));
        await using var store = await StoreOpener.OpenAsync(_context, parseResult.GetValue(_store), cancellationToken);
        var actors = ImmutableArray.CreateBuilder<ActorId>();
        foreach (var name in parseResult.GetValue(_actor) ?? [])
        {
            actors.Add(await ActorNames.ResolveAsync(store, name, "--actor", cancellationToken));
        }

        (ActorId, ActorId)? between = null;
        if (parseResult.GetValue(_between) is [var first, var second])
        {
            between = (await ActorNames.ResolveAsync(store, first, "--between", cancellationToken),
                await ActorNames.ResolveAsync(store, second, "--between", cancellationToken));
        }

        var from = parseResult.GetValue(_from);
        var to = parseResult.GetValue(_to);
        if (from is { } f && to is { } t && t < f)
        {
            throw new InputException("--to: the end date is before the --from date");
        }

        var filter = new EventFilter(
            actors.ToImmutable(),
            between,
            types,
            modalities,
            from,
            to,
            parseResult.GetValue(_source),
            parseResult.GetValue(_minConfidence),
            IncludeUndated: from is null && to is null,
            parseResult.GetValue(_limit));
        var events = await store.FindEventsAsync(filter, cancellationToken);
        var names = await ActorNames.LoadAsync(store, cancellationToken);
        var format = OutputFormats.Choose(parseResult.GetValue(_format), _context.IsOutputTerminal);
        OutputFormats.WriterFor(format).Write(ToTable(events, names), _context.Output);
        return ExitCodes.Success;
    }

    private static ResultTable ToTable(IReadOnlyList<Event> events, IReadOnlyDictionary<ActorId, string> names)
    {
        string Names(Event e, ParticipantRole role) => string.Join(
            ", ",
            e.Participants.Where(p => p.Role == role).Select(p => names.TryGetValue(p.Actor, out var name) ? name : p.Actor.Value));

        var rows = events.Select(e => ImmutableArray.Create<object?>(
            FormatTime(e.Time),
            e.Time?.Granularity.ToWire(),
            e.Type.ToWire(),
            e.Mode,
            e.Modality.ToWire(),
            Names(e, ParticipantRole.Source),
            Names(e, ParticipantRole.Target),
            Names(e, ParticipantRole.Participant),
            e.Primary.Trigger,
            e.Confidence,
            e.Mentions.Length,
            e.Primary.Document.Value,
            e.Primary.SentenceText,
            e.Id.Value)).ToImmutableArray();
        return new ResultTable(
            ["date", "granularity", "type", "mode", "modality", "source", "target", "participants", "trigger", "confidence", "mentions", "document", "sentence", "id"],
            rows);
    }

    private static string FormatTime(EventTime? time) => time is null
        ? "undated"
        : time.Start == time.End
            ? LocalDatePattern.Iso.Format(time.Start)
            : LocalDatePattern.Iso.Format(time.Start) + ".." + LocalDatePattern.Iso.Format(time.End);

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
