namespace Timeline.Benchmarks.KeyValue;

/// <summary>Collects a batch's writes and hands them to the engine in key order at commit, as the SQLite writer
/// sorts a batch's event reports: consecutive puts into a B-tree then share their path and pages. Reads see only
/// what the engine has (the last commit). The writes are copied into one growing buffer (no object per key, which
/// would live until the commit and cost the garbage collector more than the sort).</summary>
internal sealed class SortedBatchEngine(IKeyValueEngine inner) : IKeyValueEngine
{
    private byte[] _arena = new byte[1 << 20];
    private int _used;
    private Entry[] _entries = new Entry[1 << 14];
    private int _count;

    public IKeyValueEngine Inner => inner;

    public void Begin() => inner.Begin();

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (_used + key.Length + value.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + key.Length + value.Length));
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        key.CopyTo(_arena.AsSpan(_used));
        value.CopyTo(_arena.AsSpan(_used + key.Length));
        _entries[_count] = new Entry(_used, key.Length, value.Length, _count);
        _count++;
        _used += key.Length + value.Length;
    }

    public int Read(ReadOnlySpan<byte> key) => inner.Read(key);

    public void Commit()
    {
        var arena = _arena;

        // Ties keep the order of the writes: of two writes of the same key, the later one is put last and wins.
        Array.Sort(_entries, 0, _count, Comparer<Entry>.Create((a, b) =>
        {
            var byKey = arena.AsSpan(a.Offset, a.KeyLength).SequenceCompareTo(arena.AsSpan(b.Offset, b.KeyLength));
            return byKey != 0 ? byKey : a.Sequence.CompareTo(b.Sequence);
        }));
        for (var i = 0; i < _count; i++)
        {
            var entry = _entries[i];
            inner.Put(arena.AsSpan(entry.Offset, entry.KeyLength), arena.AsSpan(entry.Offset + entry.KeyLength, entry.ValueLength));
        }

        (_count, _used) = (0, 0);
        inner.Commit();
    }

    public void Settle() => inner.Settle();

    public long CountKeys() => inner.CountKeys();

    public List<byte[]> KeysWithPrefix(byte[] prefix) => inner.KeysWithPrefix(prefix);

    public byte[]? Get(byte[] key) => inner.Get(key);

    public void Dispose() => inner.Dispose();

    private readonly record struct Entry(int Offset, int KeyLength, int ValueLength, int Sequence);
}
