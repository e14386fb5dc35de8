namespace Timeline.Storage.Neo4j;

/// <summary>An open transaction. A failing statement rolls the whole transaction back on the server.</summary>
internal interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs statements in order inside the transaction.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
