namespace Timeline.Benchmarks.KeyValue;

/// <summary>An ordered key-value engine as <see cref="KeyValueBoundRun"/> drives it: one write transaction at a time,
/// committed durably (synced to disk before <see cref="Commit"/> returns).</summary>
internal interface IKeyValueEngine : IDisposable
{
    /// <summary>Starts the next write transaction.</summary>
    void Begin();

    /// <summary>Writes (or replaces) a key in the open transaction.</summary>
    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Reads a key as the open transaction sees it (or the last commit, when the engine's reads cannot see
    /// the open batch); the length of its value, or -1 when absent.</summary>
    int Read(ReadOnlySpan<byte> key);

    /// <summary>Commits the open transaction durably.</summary>
    void Commit();

    /// <summary>Waits until the engine has done the work the writes left it (an LSM tree's memtable flush and the
    /// compactions it triggers), so that its cost is counted.</summary>
    void Settle();

    /// <summary>Every stored key (a full scan, for the read-back check).</summary>
    long CountKeys();

    /// <summary>The stored keys that start with <paramref name="prefix"/>, in key order.</summary>
    List<byte[]> KeysWithPrefix(byte[] prefix);

    /// <summary>The value of a committed key, or null.</summary>
    byte[]? Get(byte[] key);
}
