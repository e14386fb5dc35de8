using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Extraction;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Storage;

/// <summary>Where the graph lives: the embedded SQLite store or a Neo4j server. Every operation behaves the same on
/// each; the contract test suite runs against all of them.</summary>
/// <remarks>
/// Writes are atomic per document and idempotent: writing an article again replaces the facts it contributed (its
/// mentions, relations and event mentions), and events left without any mention disappear. Events with the same
/// <see cref="Timeline.Core.Events.EventId"/> from several articles become one event with several mentions.
/// Failures to reach the store or writes it refuses throw <see cref="StoreException"/>.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>The store's location for messages, without credentials.</summary>
    string DisplayName { get; }

    /// <summary>Creates the schema or migrates it to the current version. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Writes documents in order, each all-or-nothing (a store may group several into one batch transaction).
    /// When a document fails, the documents before it are committed, it leaves no trace, the ones after it are not
    /// written, and a <see cref="StoreException"/> names it. Cancellation likewise keeps the documents already written.</summary>
    Task WriteAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken);

    /// <summary>Counts of what is stored.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Events matching a filter, in timeline order (start, then width, then id), at most <c>filter.Limit</c>.</summary>
    Task<IReadOnlyList<Timeline.Core.Events.Event>> FindEventsAsync(EventFilter filter, CancellationToken cancellationToken);

    /// <summary>Actors whose id, name or alias equals <paramref name="nameOrAlias"/> (case-insensitive), best match first.</summary>
    Task<IReadOnlyList<Actor>> FindActorsAsync(string nameOrAlias, CancellationToken cancellationToken);

    /// <summary>The stored actors among <paramref name="ids"/>, by id; unknown ids are left out. With
    /// <paramref name="withAliases"/> false their aliases are left empty, which is cheaper (an actor listed by many
    /// documents has many names to collect): enough to show names.</summary>
    Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<ActorId> ids, bool withAliases, CancellationToken cancellationToken);

    /// <summary>The stored documents among <paramref name="ids"/>, by id; unknown ids are left out.</summary>
    Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken);

    /// <summary>Every relation (one per evidence) whose target is one of <paramref name="targets"/>: who holds a role
    /// in, or is part or member of, them. In <see cref="SnapshotOrder.Relations"/>.</summary>
    Task<IReadOnlyList<Relation>> FindRelationsToAsync(IReadOnlyCollection<ActorId> targets, CancellationToken cancellationToken);

    /// <summary>Every actor with its event count and first/last event date, by id.</summary>
    Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken);

    /// <summary>The graph within a window: events in it, the actors and documents they touch, and relations among
    /// those actors whose evidence lies in the window.</summary>
    Task<GraphSnapshot> LoadSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken);

    /// <summary>The same window as <see cref="LoadSnapshotAsync"/>, for exporters: a store that can leaves the events
    /// where they are and streams them on every <see cref="ISnapshotSource.ReadEvents()"/>; by default the snapshot is
    /// loaded into memory. Dispose the source to release the store.</summary>
    async Task<ISnapshotSource> OpenSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken) =>
        new InMemorySnapshotSource(await LoadSnapshotAsync(window, cancellationToken));
}
