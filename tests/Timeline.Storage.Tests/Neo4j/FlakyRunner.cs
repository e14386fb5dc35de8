using Timeline.Storage.Neo4j;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Wraps a real runner and drops the "connection" (a transient failure) at chosen statement batches inside
/// write transactions, after the server has run the earlier ones: the transaction is then rolled back, as a dropped
/// connection would do.</summary>
internal sealed class FlakyRunner : ICypherRunner
{
    private readonly ICypherRunner _inner;
    private readonly HashSet<int> _failAt;
    private int _calls;

    public FlakyRunner(ICypherRunner inner, params int[] failAt)
    {
        (_inner, _failAt) = (inner, [.. failAt]);
    }

    public int Failures { get; private set; }

    public Task<string> ConnectAsync(CancellationToken cancellationToken) => _inner.ConnectAsync(cancellationToken);

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        _inner.RunAsync(statements, cancellationToken);

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new Transaction(this, await _inner.BeginAsync(cancellationToken));

    public ValueTask DisposeAsync() => _inner.DisposeAsync();

    private sealed class Transaction(FlakyRunner owner, ICypherTransaction inner) : ICypherTransaction
    {
        public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var results = await inner.RunAsync(statements, cancellationToken);
            if (owner._failAt.Contains(++owner._calls))
            {
                owner.Failures++;
                throw new StoreException("test: the connection dropped") { IsTransient = true };
            }

            return results;
        }

        public Task CommitAsync(CancellationToken cancellationToken) => inner.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
