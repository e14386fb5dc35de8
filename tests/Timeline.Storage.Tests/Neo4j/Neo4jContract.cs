namespace Timeline.Storage.Tests.Neo4j;

/// <summary>The store contract on one Neo4j transport. Internal, so xUnit does not run it directly: it would fail
/// instead of skip without a server. <see cref="Neo4jContractTests"/> runs each of its tests.</summary>
internal sealed class Neo4jContract : GraphStoreContractTests
{
    private readonly StoreKind _kind;
    private readonly List<Storage.Neo4j.Neo4jGraphStore> _created = [];

    public Neo4jContract(StoreKind kind)
    {
        _kind = kind;
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in _created)
        {
            await store.DeleteGraphAsync(CancellationToken.None);
        }

        await base.DisposeAsync();
    }

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = await Neo4jTestServer.NewStoreAsync(_kind, "contract");
        _created.Add(store);
        return store;
    }
}
