namespace Timeline.Storage.Neo4j;

/// <summary>Runs Cypher on a Neo4j server: the one seam between the store and a transport (HTTP API, own Bolt client,
/// or later the official Neo4j.Driver).</summary>
/// <remarks>Failures are <see cref="StoreException"/>s whose message names the server (never credentials);
/// <see cref="StoreException.IsTransient"/> says whether a retry may succeed. Not thread-safe: one caller at a time.</remarks>
internal interface ICypherRunner : IAsyncDisposable
{
    /// <summary>Connects and authenticates if not yet connected; returns the server agent, e.g. <c>Neo4j/3.1.1</c>.</summary>
    Task<string> ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Runs statements in order in one transaction and commits it.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>Opens an explicit transaction; disposing it without <see cref="ICypherTransaction.CommitAsync"/> rolls it back.</summary>
    Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken);
}
