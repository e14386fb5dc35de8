namespace Timeline.Storage.Neo4j.Http;

/// <summary>An open Query API transaction at <c>/db/{database}/query/v2/tx/{id}</c>: one statement per request,
/// <c>POST …/commit</c> to commit, <c>DELETE</c> to roll back, each request with the cluster affinity header the
/// server sent when it opened the transaction.</summary>
internal sealed class QueryApiTransaction : ICypherTransaction
{
    private readonly HttpCypherRunner _runner;
    private readonly Uri _location;
    private readonly string? _affinity;
    private bool _finished;

    public QueryApiTransaction(HttpCypherRunner runner, Uri location, string? affinity)
    {
        (_runner, _location, _affinity) = (runner, location, affinity);
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        try
        {
            foreach (var statement in statements)
            {
                results.Add(await _runner.RunInQueryTransactionAsync(_location, _affinity, statement, string.Empty, cancellationToken));
            }
        }
        catch (StoreException)
        {
            // A failed statement ends the transaction on the server; roll back in case it did not.
            await DisposeAsync();
            throw;
        }

        return results;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await _runner.RunInQueryTransactionAsync(_location, _affinity, null, "/commit", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await _runner.RollbackAsync(_location, _affinity);
        }
    }
}
