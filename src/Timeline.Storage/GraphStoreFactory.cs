using Timeline.Storage.Neo4j;
using Timeline.Storage.Sqlite;

namespace Timeline.Storage;

/// <summary>Opens the store a <c>--store</c> value names: a file path gives the embedded SQLite store, a Bolt or HTTP
/// URI a Neo4j server.</summary>
public static class GraphStoreFactory
{
    /// <summary>Creates the store object without touching it; call <see cref="IGraphStore.InitializeAsync"/> next (or use
    /// <see cref="OpenAsync"/>).</summary>
    /// <exception cref="StoreException">The kind of store is not available in this build.</exception>
    public static IGraphStore Create(StoreLocation location, GraphStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        options ??= GraphStoreOptions.Default;
        return location.Kind switch
        {
            StoreKind.Sqlite => new SqliteGraphStore(location.Value, options),

            StoreKind.Bolt or StoreKind.Http => new Neo4jGraphStore(location, options),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location.Kind, "Unknown store kind."),
        };
    }

    /// <summary>Opens a store and creates or migrates its schema: what every command calls before using the store.
    /// The caller disposes the returned store.</summary>
    /// <exception cref="StoreException">The store cannot be reached, is not a Timeline store, or is locked.</exception>
    public static async Task<IGraphStore> OpenAsync(StoreLocation location, GraphStoreOptions? options, CancellationToken cancellationToken)
    {
        var store = Create(location, options);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
