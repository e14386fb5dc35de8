using Timeline.Storage.Sqlite;

namespace Timeline.Storage.Tests.Sqlite;

/// <summary>The store contract on the embedded store, a new temp file per store.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private int _files;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _directory.Dispose();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(_directory.File($"store-{++_files}.db"));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
