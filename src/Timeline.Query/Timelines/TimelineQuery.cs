using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Query.Actors;
using Timeline.Query.Scoring;
using Timeline.Storage;

namespace Timeline.Query.Timelines;

/// <summary>Answers timeline requests (the <c>timeline events</c> command) on any <see cref="IGraphStore"/>.</summary>
/// <remarks>The store does the indexed work (<see cref="IGraphStore.FindEventsAsync"/>); this class resolves names,
/// expands members, applies the filters the store has no index for (mode, an expanded dyad), orders uncertain and
/// undated events, attaches provenance and aggregates.</remarks>
public static class TimelineQuery
{
    /// <summary>Runs <paramref name="request"/> on <paramref name="store"/>.</summary>
    /// <exception cref="Timeline.Core.InputException">An actor name is unknown.</exception>
    public static async Task<TimelineResult> RunAsync(IGraphStore store, TimelineRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);

        // Only what the answer needs is read: the members through the relations into the actor, the events, and the
        // articles and actor names of the events shown; the cost grows with the answer, not with the graph.
        async Task<ImmutableArray<ActorId>> SideAsync(string name)
        {
            var actor = await ActorResolver.ResolveAsync(store, name, cancellationToken).ConfigureAwait(false);
            return request.IncludeMembers ? await MemberExpansion.ExpandAsync(store, actor.Id, cancellationToken).ConfigureAwait(false) : [actor.Id];
        }

        var actorSet = ImmutableArray.CreateBuilder<ActorId>();
        foreach (var name in request.Actors.IsDefault ? [] : request.Actors)
        {
            actorSet.AddRange(await SideAsync(name).ConfigureAwait(false));
        }

        (ImmutableArray<ActorId> First, ImmutableArray<ActorId> Second)? dyad = null;
        if (request.Dyad is { } pair)
        {
            dyad = (await SideAsync(pair.First).ConfigureAwait(false), await SideAsync(pair.Second).ConfigureAwait(false));
        }

        var actors = actorSet.Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToImmutableArray();
        var modes = request.Modes.IsDefaultOrEmpty ? null : new HashSet<string>(request.Modes, StringComparer.OrdinalIgnoreCase);
        var expandedDyad = dyad is { } d && (d.First.Length > 1 || d.Second.Length > 1);
        var postFiltered = modes is not null || expandedDyad;

        var filter = new EventFilter(
            actors.Length > 0 ? actors : expandedDyad ? dyad!.Value.First : [],
            dyad is { } plain && !expandedDyad ? (plain.First[0], plain.Second[0]) : null,
            request.Types.IsDefault ? [] : request.Types,
            request.Modalities.IsDefault ? [] : request.Modalities,
            request.From,
            request.To,
            request.Source,
            request.MinConfidence,
            request.IncludeUndated,
            postFiltered || request.IncludeUndated ? null : request.Limit);
        var found = await store.FindEventsAsync(filter, cancellationToken).ConfigureAwait(false);

        IEnumerable<Event> events = found;
        if (modes is not null)
        {
            events = events.Where(e => e.Mode is not null && modes.Contains(e.Mode));
        }

        if (expandedDyad)
        {
            var (first, second) = dyad!.Value;
            events = events.Where(e => InDyad(e, first, second));
        }

        // Undated events are placed by their article's publication date: read those articles first, the rest of the
        // shown rows' articles after the limit.
        var kept = events.ToList();
        var documents = await DocumentsAsync(store, kept.Where(e => e.Time is null), [], cancellationToken).ConfigureAwait(false);
        var ordered = Order(kept, documents);
        if (request.Limit is { } limit)
        {
            ordered = [.. ordered.Take(Math.Max(0, limit))];
        }

        documents = await DocumentsAsync(store, ordered, documents, cancellationToken).ConfigureAwait(false);
        var participants = ordered.SelectMany(e => e.Participants).Select(p => p.Actor).Distinct().ToArray();
        var names = (await store.GetActorsAsync(participants, withAliases: false, cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.Id.Value, a => a.Name, StringComparer.Ordinal);
        var rows = ordered.Select(e => ToRow(e, names, documents)).ToImmutableArray();
        var periods = request.GroupBy == Grouping.None ? [] : CountPeriods(ordered, request.GroupBy);
        var scores = dyad is null ? [] : CooperationConflictScorer.Score(ordered, request.GroupBy);
        var resolved = actors.AddRange(dyad is { } sides ? sides.First.AddRange(sides.Second) : [])
            .Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToImmutableArray();
        return new TimelineResult(rows, resolved, periods, scores);
    }

    /// <summary>Orders events for the timeline: dated ones by start, then width (narrower first), then id; an undated
    /// one at its article's publication date after the dated events of that day, by article and sentence; undated
    /// events of undated articles last.</summary>
    public static ImmutableArray<Event> Order(IEnumerable<Event> events, IReadOnlyDictionary<string, DocumentInfo> documents)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(documents);
        return
        [
            .. events
                .Select(e => (Event: e, Key: SortKey(e, documents)))
                .OrderBy(x => x.Key.Anchor)
                .ThenBy(x => x.Key.Width)
                .ThenBy(x => x.Key.Document, StringComparer.Ordinal)
                .ThenBy(x => x.Key.Sentence)
                .ThenBy(x => x.Event.Id.Value, StringComparer.Ordinal)
                .Select(x => x.Event),
        ];
    }

    /// <summary><paramref name="known"/> plus the stored articles of the events' first mentions that it lacks.</summary>
    private static async Task<Dictionary<string, DocumentInfo>> DocumentsAsync(
        IGraphStore store, IEnumerable<Event> events, Dictionary<string, DocumentInfo> known, CancellationToken cancellationToken)
    {
        var missing = events.Select(e => e.Primary.Document).Where(d => !known.ContainsKey(d.Value)).Distinct().ToArray();
        var result = new Dictionary<string, DocumentInfo>(known, StringComparer.Ordinal);
        if (missing.Length > 0)
        {
            foreach (var document in await store.GetDocumentsAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                result[document.Id.Value] = document;
            }
        }

        return result;
    }

    private static (LocalDate Anchor, int Width, string Document, int Sentence) SortKey(
        Event e, IReadOnlyDictionary<string, DocumentInfo> documents)
    {
        if (e.Time is { } time)
        {
            return (time.Start, time.Days, string.Empty, 0);
        }

        var mention = e.Primary;
        var published = documents.TryGetValue(mention.Document.Value, out var info) ? info.Published : null;
        return (published?.Date ?? LocalDate.MaxIsoValue, int.MaxValue, mention.Document.Value, mention.Sentence.Begin);
    }

    private static bool InDyad(Event e, ImmutableArray<ActorId> first, ImmutableArray<ActorId> second)
    {
        var inFirst = e.Participants.Where(p => first.Contains(p.Actor)).Select(p => p.Actor).ToList();
        var inSecond = e.Participants.Where(p => second.Contains(p.Actor)).Select(p => p.Actor).ToList();
        return inFirst.Any(a => inSecond.Any(b => a != b));
    }

    private static TimelineRow ToRow(Event e, Dictionary<string, string> names, Dictionary<string, DocumentInfo> documents)
    {
        var mention = e.Primary;
        documents.TryGetValue(mention.Document.Value, out var info);
        return new TimelineRow(
            e.Id,
            e.Type,
            e.Mode,
            e.Modality,
            e.Time?.Start,
            e.Time?.End,
            e.Time?.Granularity,
            e.Time?.Value,
            e.Time is null,
            [.. e.Participants.Select(p => new TimelineParticipant(
                p.Actor, names.TryGetValue(p.Actor.Value, out var name) ? name : p.Actor.Value, p.Role))],
            e.Confidence,
            CooperationConflictScale.ScoreOf(e),
            new Provenance(
                mention.Document,
                info?.Title ?? string.Empty,
                info?.Source,
                info?.Published,
                mention.SentenceText,
                mention.Sentence.Begin,
                mention.Trigger,
                e.Mentions.Length)
            {
                Evidence = [.. e.Mentions.Select(m => new MentionEvidence(m.Document, m.Sentence.Begin, m.Trigger, m.TriggerSpan.Begin, m.TriggerSpan.End))],
            });
    }

    private static ImmutableArray<PeriodCount> CountPeriods(ImmutableArray<Event> events, Grouping grouping)
    {
        var buckets = new SortedDictionary<LocalDate, (string Label, LocalDate End, List<EventType> Types)>();
        var undated = new List<EventType>();
        foreach (var e in events)
        {
            if (e.Time is null)
            {
                undated.Add(e.Type);
                continue;
            }

            var (start, end, label) = Periods.Of(e.Time.Start, grouping);
            if (!buckets.TryGetValue(start, out var bucket))
            {
                bucket = (label, end, []);
                buckets.Add(start, bucket);
            }

            bucket.Types.Add(e.Type);
        }

        static ImmutableArray<TypeCount> Count(List<EventType> types) =>
            [.. types.GroupBy(t => t).OrderBy(g => g.Key).Select(g => new TypeCount(g.Key, g.Count()))];

        var result = buckets.Select(b => new PeriodCount(b.Value.Label, b.Key, b.Value.End, b.Value.Types.Count, Count(b.Value.Types)))
            .ToImmutableArray();
        return undated.Count == 0 ? result : result.Add(new PeriodCount("undated", null, null, undated.Count, Count(undated)));
    }
}
