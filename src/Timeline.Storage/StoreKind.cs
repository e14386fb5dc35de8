namespace Timeline.Storage;

/// <summary>The kinds of graph store.</summary>
public enum StoreKind
{
    /// <summary>The embedded store: one SQLite file, no server.</summary>
    Sqlite,

    /// <summary>Neo4j over Bolt.</summary>
    Bolt,

    /// <summary>Neo4j over its HTTP API.</summary>
    Http,
}
