namespace Timeline.Storage.Neo4j.Http;

/// <summary>An open HTTP transaction at <c>…/transaction/{id}</c> (3.x) or <c>…/tx/{id}</c> (4.x+).</summary>
internal sealed class HttpTransaction : ICypherTransaction
{
    private readonly HttpCypherRunner _runner;
    private readonly Uri _location;
    private bool _finished;

    public HttpTransaction(HttpCypherRunner runner, Uri location)
    {
        (_runner, _location) = (runner, location);
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            return await _runner.RunInAsync(_location, statements, string.Empty, cancellationToken);
        }
        catch (StoreException)
        {
            // A failed statement rolls the transaction back on the server.
            _finished = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await _runner.RunInAsync(_location, [], "/commit", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await _runner.RollbackAsync(_location);
        }
    }
}
