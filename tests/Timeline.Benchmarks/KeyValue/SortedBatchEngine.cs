namespace Timeline.Benchmarks.KeyValue;

/// <summary>Collects a batch's writes and hands them to the engine in key order at commit, as the SQLite writer
/// sorts a batch's event reports: consecutive puts into a B-tree then share their path and pages. Reads see only
/// what the engine has (the last commit).</summary>
internal sealed class SortedBatchEngine(IKeyValueEngine inner) : IKeyValueEngine
{
    private readonly List<KeyValuePair<byte[], byte[]>> _pending = [];

    public IKeyValueEngine Inner => inner;

    public void Begin() => inner.Begin();

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => _pending.Add(new(key.ToArray(), value.ToArray()));

    public int Read(ReadOnlySpan<byte> key) => inner.Read(key);

    public void Commit()
    {
        // A stable sort: of two writes of the same key, the later one is put last and wins.
        var ordered = _pending.Select((p, i) => (p.Key, p.Value, i)).ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var byKey = a.Key.AsSpan().SequenceCompareTo(b.Key);
            return byKey != 0 ? byKey : a.i.CompareTo(b.i);
        });
        foreach (var (key, value, _) in ordered)
        {
            inner.Put(key, value);
        }

        _pending.Clear();
        inner.Commit();
    }

    public long CountKeys() => inner.CountKeys();

    public List<byte[]> KeysWithPrefix(byte[] prefix) => inner.KeysWithPrefix(prefix);

    public byte[]? Get(byte[] key) => inner.Get(key);

    public void Dispose() => inner.Dispose();
}
