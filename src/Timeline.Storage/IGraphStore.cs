using Timeline.Core.Actors;
using Timeline.Core.Extraction;
using Timeline.Core.Graph;

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

    /// <summary>Every actor with its event count and first/last event date, by id.</summary>
    Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken);

    /// <summary>The graph within a window: events in it, the actors and documents they touch, and relations among
    /// those actors whose evidence lies in the window.</summary>
    Task<GraphSnapshot> LoadSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken);

    /// <summary>The same window as <see cref="LoadSnapshotAsync"/>, for exporters: a store that can leaves the events
    /// where they are and streams them on every <see cref="ISnapshotSource.ReadEvents"/>; by default the snapshot is
    /// loaded into memory. Dispose the source to release the store.</summary>
    async Task<ISnapshotSource> OpenSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken) =>
        new InMemorySnapshotSource(await LoadSnapshotAsync(window, cancellationToken));
}
