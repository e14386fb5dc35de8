namespace Timeline.Storage.Neo4j;

/// <summary>Tuning for <see cref="Neo4jGraphStore"/>; the defaults suit a local server and Aura alike.</summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>At most this many documents per write transaction.</summary>
    public int BatchDocuments { get; init; } = Neo4jGraphStore.DefaultBatchDocuments;

    /// <summary>A batch closes once its documents hold this many events.</summary>
    public int BatchEvents { get; init; } = 10_000;

    /// <summary>Retries of a batch or query after a transient failure.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry's delay; each further retry doubles it.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);
}
