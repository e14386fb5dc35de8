namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>An explicit Bolt transaction: RUN "BEGIN"/"COMMIT"/"ROLLBACK" on v1, BEGIN/COMMIT/ROLLBACK messages later.</summary>
internal sealed class BoltTransaction : ICypherTransaction
{
    private readonly BoltCypherRunner _runner;
    private bool _finished;

    public BoltTransaction(BoltCypherRunner runner)
    {
        _runner = runner;
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            return await _runner.RunInTransactionAsync(statements, cancellationToken);
        }
        catch (StoreException)
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        // Finished only once committed: a failed COMMIT leaves the transaction to the rollback of DisposeAsync.
        await _runner.CommitAsync(cancellationToken);
        _finished = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await _runner.RollbackAsync();
        }
    }
}
