namespace Timeline.Storage;

/// <summary>Settings for opening a store. Not a record on purpose: its <c>ToString</c> must never print the password.</summary>
public sealed class GraphStoreOptions
{
    /// <summary>The defaults: a 10 second wait for locks, no credentials.</summary>
    public static GraphStoreOptions Default { get; } = new();

    /// <summary>How long an operation waits for another process's lock on the embedded store before it fails with a
    /// <see cref="StoreException"/>. Must be positive.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The Neo4j user (from <c>NEO4J_USERNAME</c>), or null. Ignored by the embedded store.</summary>
    public string? Username { get; init; }

    /// <summary>The Neo4j password (from <c>NEO4J_PASSWORD</c>), or null. Never printed. Ignored by the embedded store.</summary>
    public string? Password { get; init; }

    public override string ToString() => $"BusyTimeout = {BusyTimeout}, Username = {Username ?? "(none)"}";
}
