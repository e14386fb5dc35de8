namespace Timeline.Storage;

/// <summary>Opens the store a <see cref="StoreLocation"/> names. (Integration seam: replaced by the store implementations.)</summary>
public static class GraphStoreFactory
{
    public static IGraphStore Open(StoreLocation location, string? username, string? password)
    {
        ArgumentNullException.ThrowIfNull(location);
        _ = (username, password);
        throw new StoreException($"{location.DisplayName}: this store is not built yet");
    }
}
