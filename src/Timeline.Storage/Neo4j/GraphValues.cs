using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Storage.Neo4j;

/// <summary>Maps domain types to the node and relationship properties of the graph model (docs/graph-model.md) and
/// back. Dates are ISO strings plus epoch-day integers (<c>startDay</c>, <c>publishedDay</c>) for indexed ranges.</summary>
internal static class GraphValues
{
    /// <summary>Separates a graph name from an id in <c>uid</c> (only for named graphs; the default graph's uid is the id).</summary>
    public const char GraphSeparator = '\u001F';

    private static readonly OffsetDateTimePattern Published =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    private const int UnixEpochDayNumber = 719162;

    /// <summary>The unique key of a node: its id, prefixed by the graph name when the store uses a named graph.</summary>
    public static string Uid(string graph, string id) => graph.Length == 0 ? id : graph + GraphSeparator + id;

    /// <summary>How names are compared: trimmed, lower-cased with the invariant culture (as the embedded store does).</summary>
    public static string Key(string text) => text.Trim().ToLowerInvariant();

    public static long EpochDay(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpochDayNumber;

    public static LocalDate FromEpochDay(long day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(checked((int)day + UnixEpochDayNumber)));

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static Dictionary<string, object?> Document(string graph, DocumentInfo info) => new(StringComparer.Ordinal)
    {
        ["uid"] = Uid(graph, info.Id.Value),
        ["graph"] = graph,
        ["id"] = info.Id.Value,
        ["title"] = info.Title,
        ["language"] = info.Language.ToCode(),
        ["published"] = info.Published is { } published ? Published.Format(published) : null,
        ["publishedDay"] = info.Published is { } day ? EpochDay(day.Date) : null,
        ["source"] = info.Source,
        ["sourceKey"] = info.Source is { } source ? Key(source) : null,
        ["url"] = info.Url,
        ["origin"] = info.Origin,
    };

    public static DocumentInfo ReadDocument(IReadOnlyDictionary<string, object?> map)
    {
        var published = Text(map, "published");
        return new DocumentInfo(
            new DocumentId(Required(map, "id")),
            Text(map, "title") ?? string.Empty,
            LanguageCodes.TryParse(Text(map, "language"), out var language) ? language : throw Unreadable("language", map),
            published is null ? null : Published.Parse(published).GetValueOrThrow(),
            Text(map, "source"),
            Text(map, "url"),
            Text(map, "origin") ?? string.Empty);
    }

    /// <summary>The stored event node: merged attributes plus its place among undated events.</summary>
    public static Dictionary<string, object?> Event(string graph, Event merged)
    {
        var properties = TimeProperties(merged.Time);
        properties["uid"] = Uid(graph, merged.Id.Value);
        properties["graph"] = graph;
        properties["id"] = merged.Id.Value;
        properties["type"] = merged.Type.ToWire();
        properties["mode"] = merged.Mode;
        properties["modality"] = merged.Modality.ToWire();
        properties["confidence"] = merged.Confidence;
        properties["orderDocument"] = merged.Primary.Document.Value;
        properties["orderOffset"] = (long)merged.Primary.Sentence.Begin;
        return properties;
    }

    /// <summary>An event mention (its MENTIONED_IN relationship) carrying what its document said about the event: the
    /// report's attributes as <c>report*</c> properties, read back by <c>read/event_reports</c>.</summary>
    public static Dictionary<string, object?> ReportedMention(EventMention mention, Event report)
    {
        var properties = Mention(mention);
        properties["reportType"] = report.Type.ToWire();
        properties["reportMode"] = report.Mode;
        properties["reportStartDay"] = report.Time is { } start ? EpochDay(start.Start) : null;
        properties["reportEndDay"] = report.Time is { } end ? EpochDay(end.End) : null;
        properties["reportGranularity"] = report.Time?.Granularity.ToWire();
        properties["reportValue"] = report.Time?.Value;
        properties["reportConfidence"] = report.Confidence;
        properties["reportParticipants"] = report.Participants.IsDefaultOrEmpty
            ? null
            : report.Participants.Select(p => p.Role.ToWire() + "\t" + p.Actor.Value).ToList();
        return properties;
    }

    /// <summary>How a document lists an actor (its LISTED_IN relationship), with the document's mentions of the actor
    /// as parallel lists ordered by span; no mention lists when the document lists the actor without mentioning it.</summary>
    public static Dictionary<string, object?> Listing(Actor actor, IEnumerable<Mention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Span.Begin).ThenBy(m => m.Span.End).ThenBy(m => m.Text, StringComparer.Ordinal).ToList();
        return new(StringComparer.Ordinal)
        {
            ["name"] = actor.Name,
            ["kind"] = actor.Kind.ToWire(),
            ["aliases"] = actor.Aliases.IsDefaultOrEmpty ? null : actor.Aliases.ToList(),
            ["mentionBegins"] = ordered.Count == 0 ? null : ordered.Select(m => (long)m.Span.Begin).ToList(),
            ["mentionEnds"] = ordered.Count == 0 ? null : ordered.Select(m => (long)m.Span.End).ToList(),
            ["mentionTexts"] = ordered.Count == 0 ? null : ordered.Select(m => m.Text).ToList(),
            ["mentionKinds"] = ordered.Count == 0 ? null : ordered.Select(m => m.Kind.ToWire()).ToList(),
        };
    }

    public static Dictionary<string, object?> Mention(EventMention mention) => new(StringComparer.Ordinal)
    {
        ["begin"] = (long)mention.Sentence.Begin,
        ["end"] = (long)mention.Sentence.End,
        ["sentence"] = mention.SentenceText,
        ["trigger"] = mention.Trigger,
        ["triggerBegin"] = (long)mention.TriggerSpan.Begin,
        ["triggerEnd"] = (long)mention.TriggerSpan.End,
        ["modality"] = mention.Modality.ToWire(),
        ["confidence"] = mention.Confidence,
        ["timeText"] = mention.TimeEvidence?.Text,
        ["timeBegin"] = mention.TimeEvidence is { } time ? time.Span.Begin : null,
        ["timeEnd"] = mention.TimeEvidence is { } evidence ? evidence.Span.End : null,
    };

    public static EventMention ReadMention(IReadOnlyDictionary<string, object?> map, string document)
    {
        var timeText = Text(map, "timeText");
        return new EventMention(
            new DocumentId(document),
            new TextSpan(Int(map, "begin"), Int(map, "end")),
            Required(map, "sentence"),
            Required(map, "trigger"),
            new TextSpan(Int(map, "triggerBegin"), Int(map, "triggerEnd")),
            ReadModality(Required(map, "modality")),
            Number(map, "confidence"),
            timeText is null ? null : new TimeEvidence(timeText, new TextSpan(Int(map, "timeBegin"), Int(map, "timeEnd"))));
    }

    /// <summary>A stored event: its node's properties, participants as <c>[actor, role]</c> pairs, and mentions.</summary>
    public static Event ReadEvent(IReadOnlyDictionary<string, object?> map, IEnumerable<object?> participants, IEnumerable<object?> mentions)
    {
        var readParticipants = participants.OfType<List<object?>>()
            .Select(pair => new Participant(new ActorId((string)pair[0]!), ReadRole((string)pair[1]!)))
            .Distinct().Order(EventAggregation.ParticipantOrder).ToImmutableArray();
        var readMentions = mentions.OfType<Dictionary<string, object?>>()
            .Select(m => ReadMention(m, Required(m, "document")))
            .Order(EventAggregation.MentionOrder).ToImmutableArray();
        return new Event(
            new EventId(Required(map, "id")),
            ReadType(Required(map, "type")),
            Text(map, "mode"),
            ReadModality(Required(map, "modality")),
            ReadTime(map),
            readParticipants,
            Number(map, "confidence"),
            readMentions);
    }

    /// <summary>A document's report of an event, rebuilt for <see cref="EventAggregation.Merge"/>.</summary>
    public static Event ReadReport(string eventId, string document, IReadOnlyDictionary<string, object?> report, IEnumerable<object?> mentions)
    {
        var participants = (report.GetValueOrDefault("participants") as List<object?> ?? [])
            .OfType<string>()
            .Select(line => line.Split('\t', 2))
            .Select(parts => new Participant(new ActorId(parts[1]), ReadRole(parts[0])))
            .Distinct().Order(EventAggregation.ParticipantOrder).ToImmutableArray();
        var readMentions = mentions.OfType<Dictionary<string, object?>>().Select(m => ReadMention(m, document))
            .Order(EventAggregation.MentionOrder).ToImmutableArray();
        return new Event(
            new EventId(eventId),
            ReadType(Required(report, "type")),
            Text(report, "mode"),
            readMentions.Length > 0 ? readMentions[0].Modality : Modality.Asserted,
            ReadTime(report),
            participants,
            Number(report, "confidence"),
            readMentions);
    }

    public static Actor ReadActor(IReadOnlyList<object?> row, int id, int name, int kind, int aliases) => new(
        new ActorId((string)row[id]!),
        (string)row[name]!,
        ActorKindNames.TryParse(row[kind] as string, out var actorKind) ? actorKind : throw new InvalidDataException($"stored actor kind '{row[kind]}' is unknown"),
        (row[aliases] as List<object?> ?? []).OfType<string>().Order(StringComparer.Ordinal).ToImmutableArray());

    public static Dictionary<string, object?> Relation(Relation relation, DocumentInfo document) => new(StringComparer.Ordinal)
    {
        ["title"] = relation.Title,
        ["since"] = relation.Since is { } since ? Iso(since) : null,
        ["sinceDay"] = relation.Since is { } day ? EpochDay(day) : null,
        ["document"] = relation.Evidence.Document.Value,
        ["begin"] = (long)relation.Evidence.Span.Begin,
        ["end"] = (long)relation.Evidence.Span.End,
        ["publishedDay"] = document.Published is { } published ? EpochDay(published.Date) : null,
    };

    public static Relation ReadRelation(IReadOnlyList<object?> row) => new(
        new ActorId((string)row[0]!),
        RelationTypeNames.TryParse(row[1] as string, out var type) ? type : throw new InvalidDataException($"stored relation type '{row[1]}' is unknown"),
        new ActorId((string)row[2]!),
        row[3] as string,
        row[4] is long since ? FromEpochDay(since) : null,
        new Evidence(new DocumentId((string)row[5]!), new TextSpan(ToInt(row[6]), ToInt(row[7]))));

    public static long ToLong(object? value) => value switch
    {
        long number => number,
        double number => (long)number,
        null => 0,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    public static int ToInt(object? value) => checked((int)ToLong(value));

    private static Dictionary<string, object?> TimeProperties(EventTime? time) => new(StringComparer.Ordinal)
    {
        ["start"] = time is null ? null : Iso(time.Start),
        ["end"] = time is null ? null : Iso(time.End),
        ["startDay"] = time is null ? null : EpochDay(time.Start),
        ["endDay"] = time is null ? null : EpochDay(time.End),
        ["granularity"] = time?.Granularity.ToWire(),
        ["value"] = time?.Value,
    };

    private static EventTime? ReadTime(IReadOnlyDictionary<string, object?> map)
    {
        if (map.GetValueOrDefault("startDay") is null)
        {
            return null;
        }

        var granularity = Required(map, "granularity");
        return new EventTime(
            FromEpochDay(ToLong(map["startDay"])),
            FromEpochDay(ToLong(map.GetValueOrDefault("endDay"))),
            TimeWireNames.TryParseGranularity(granularity, out var parsed) ? parsed : throw Unreadable("granularity", map),
            Required(map, "value"));
    }

    private static EventType ReadType(string wire) =>
        EventWireNames.TryParseEventType(wire, out var type) ? type : throw new InvalidDataException($"stored event type '{wire}' is unknown");

    private static Modality ReadModality(string wire) =>
        EventWireNames.TryParseModality(wire, out var modality) ? modality : throw new InvalidDataException($"stored modality '{wire}' is unknown");

    private static ParticipantRole ReadRole(string wire) =>
        EventWireNames.TryParseRole(wire, out var role) ? role : throw new InvalidDataException($"stored role '{wire}' is unknown");

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    private static string Required(IReadOnlyDictionary<string, object?> map, string key) =>
        Text(map, key) ?? throw new InvalidDataException($"a stored value '{key}' is missing");

    private static int Int(IReadOnlyDictionary<string, object?> map, string key) => ToInt(map.GetValueOrDefault(key));

    private static double Number(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) switch
    {
        double number => number,
        long number => number,
        _ => throw new InvalidDataException($"a stored number '{key}' is missing"),
    };

    private static InvalidDataException Unreadable(string what, IReadOnlyDictionary<string, object?> map) =>
        new($"stored {what} '{map.GetValueOrDefault(what)}' is not readable");
}
