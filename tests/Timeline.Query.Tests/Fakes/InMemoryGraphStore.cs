using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Storage;

namespace Timeline.Query.Tests.Fakes;

/// <summary>An in-memory <see cref="IGraphStore"/> following the interface's documented semantics, for testing the
/// query layer and the exporters without a database.</summary>
public sealed class InMemoryGraphStore : IGraphStore
{
    private readonly SortedDictionary<string, DocumentExtraction> _documents = new(StringComparer.Ordinal);

    public string DisplayName => "memory";

    /// <summary>How often a snapshot was loaded.</summary>
    public int SnapshotLoads { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            _documents[document.Document.Id.Value] = document;
        }

        return Task.CompletedTask;
    }

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var events = MergedEvents();
        return Task.FromResult(new StoreStatistics(
            _documents.Count, Actors().Count, events.Count, events.Sum(e => e.Mentions.Length), _documents.Values.Sum(d => d.Relations.Length)));
    }

    public Task<IReadOnlyList<Event>> FindEventsAsync(EventFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sources = _documents.Values.ToDictionary(d => d.Document.Id.Value, d => d.Document.Info.Source, StringComparer.Ordinal);
        var windowed = filter.From is not null || filter.To is not null;
        IEnumerable<Event> events = MergedEvents()
            .Where(e => filter.Actors.IsDefaultOrEmpty || e.Participants.Any(p => filter.Actors.Contains(p.Actor)))
            .Where(e => filter.Between is not { } pair
                || (e.Participants.Any(p => p.Actor == pair.First) && e.Participants.Any(p => p.Actor == pair.Second) && pair.First != pair.Second))
            .Where(e => filter.Types.IsDefaultOrEmpty || filter.Types.Contains(e.Type))
            .Where(e => filter.Modalities.IsDefaultOrEmpty || filter.Modalities.Contains(e.Modality))
            .Where(e => e.Time is null ? filter.IncludeUndated && !windowed
                : (filter.From is not { } from || e.Time.End >= from) && (filter.To is not { } to || e.Time.Start <= to))
            .Where(e => filter.Source is null || e.Mentions.Any(m =>
                string.Equals(sources.GetValueOrDefault(m.Document.Value), filter.Source, StringComparison.OrdinalIgnoreCase)))
            .Where(e => e.Confidence >= filter.MinConfidence)
            .OrderBy(e => e.Time is null)
            .ThenBy(e => e.Time?.Start)
            .ThenBy(e => e.Time?.Days)
            .ThenBy(e => e.Id.Value, StringComparer.Ordinal);
        if (filter.Limit is { } limit)
        {
            events = events.Take(limit);
        }

        return Task.FromResult<IReadOnlyList<Event>>([.. events]);
    }

    public Task<IReadOnlyList<Actor>> FindActorsAsync(string nameOrAlias, CancellationToken cancellationToken)
    {
        IReadOnlyList<Actor> found =
        [
            .. Actors().Values.Where(a =>
                string.Equals(a.Id.Value, nameOrAlias, StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.Name, nameOrAlias, StringComparison.OrdinalIgnoreCase)
                || a.Aliases.Any(alias => string.Equals(alias, nameOrAlias, StringComparison.OrdinalIgnoreCase))),
        ];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<ActorId> ids, bool withAliases, CancellationToken cancellationToken)
    {
        var all = Actors();
        IReadOnlyList<Actor> found = [.. ids.Select(a => a.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(all.ContainsKey).Select(id => withAliases ? all[id] : all[id] with { Aliases = [] })];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken)
    {
        IReadOnlyList<DocumentInfo> found = [.. ids.Select(d => d.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(_documents.ContainsKey).Select(id => _documents[id].Document.Info)];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<Relation>> FindRelationsToAsync(IReadOnlyCollection<ActorId> targets, CancellationToken cancellationToken)
    {
        IReadOnlyList<Relation> found = [.. _documents.Values.SelectMany(d => d.Relations).Where(r => targets.Contains(r.Target)).Order(SnapshotOrder.Relations)];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken)
    {
        var events = MergedEvents();
        IReadOnlyList<ActorSummary> summaries =
        [
            .. Actors().Values.Select(a =>
            {
                var mine = events.Where(e => e.Participants.Any(p => p.Actor == a.Id)).ToList();
                var dated = mine.Where(e => e.Time is not null).ToList();
                return new ActorSummary(
                    a, mine.Count, _documents.Values.Sum(d => d.Mentions.Count(m => m.Actor == a.Id)),
                    dated.Count == 0 ? null : dated.Min(e => e.Time!.Start), dated.Count == 0 ? null : dated.Max(e => e.Time!.End));
            }),
        ];
        return Task.FromResult(summaries);
    }

    public Task<GraphSnapshot> LoadSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        SnapshotLoads++;
        var visible = _documents.Values
            .Where(d => window.AsOf is not { } asOf || (d.Document.Info.Published is { } p && p.Date <= asOf))
            .ToList();
        var visibleIds = visible.Select(d => d.Document.Id.Value).ToHashSet(StringComparer.Ordinal);
        var windowed = window.From is not null || window.To is not null;
        var events = MergedEvents()
            .Select(e => e with { Mentions = [.. e.Mentions.Where(m => visibleIds.Contains(m.Document.Value))] })
            .Where(e => e.Mentions.Length > 0)
            .Where(e => e.Time is null ? !windowed
                : (window.From is not { } from || e.Time.End >= from) && (window.To is not { } to || e.Time.Start <= to)
                  && (window.AsOf is not { } asOf || e.Time.Start <= asOf))
            .ToList();
        var all = Actors();
        var everything = window == SnapshotWindow.Everything;
        var touched = everything
            ? all.Keys.ToHashSet(StringComparer.Ordinal)
            : events.SelectMany(e => e.Participants.Select(p => p.Actor.Value)).ToHashSet(StringComparer.Ordinal);
        var relations = visible.SelectMany(d => d.Relations)
            .Where(r => touched.Contains(r.Source.Value) && touched.Contains(r.Target.Value))
            .Where(r => everything || r.Since is not { } since
                || ((window.From is not { } from || since >= from) && (window.To is not { } to || since <= to)))
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal).ThenBy(r => r.Type).ThenBy(r => r.Target.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var documents = events.SelectMany(e => e.Mentions.Select(m => m.Document.Value))
            .Concat(relations.Select(r => r.Evidence.Document.Value))
            .Concat(everything ? _documents.Keys : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => _documents[id].Document.Info)
            .ToImmutableArray();
        return Task.FromResult(new GraphSnapshot(
            documents,
            [.. touched.Order(StringComparer.Ordinal).Select(id => all[id])],
            relations,
            [.. events.OrderBy(e => e.Time is null).ThenBy(e => e.Time?.Start).ThenBy(e => e.Time?.Days).ThenBy(e => e.Id.Value, StringComparer.Ordinal)]));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private SortedDictionary<string, Actor> Actors()
    {
        var actors = new SortedDictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in _documents.Values.SelectMany(d => d.Actors))
        {
            if (actors.TryGetValue(actor.Id.Value, out var known))
            {
                actors[actor.Id.Value] = known with
                {
                    Aliases = [.. known.Aliases.Concat(actor.Aliases).Concat(actor.Name == known.Name ? [] : [actor.Name])
                        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                };
            }
            else
            {
                actors.Add(actor.Id.Value, actor);
            }
        }

        return actors;
    }

    private List<Event> MergedEvents() =>
    [
        .. _documents.Values.SelectMany(d => d.Events)
            .GroupBy(e => e.Id.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => EventAggregation.Merge([.. g])),
    ];
}
