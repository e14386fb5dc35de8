using ZoneTree;
using ZoneTree.Comparers;
using ZoneTree.Serializers;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>ZoneTree without transactions: plain upserts (default write-ahead log, <c>AsyncCompressed</c>) and
/// <c>SyncWALAsync</c> at each commit, so that the batch is durable when <see cref="Commit"/> returns. Not atomic: a
/// crash during a batch may keep part of it (part of a document), which the store contract does not allow; measured
/// to see what ZoneTree's transactions cost.</summary>
internal sealed class ZoneTreePlainEngine : IKeyValueEngine
{
    private readonly IZoneTree<Memory<byte>, Memory<byte>> _tree;
    private readonly IMaintainer _maintainer;

    public ZoneTreePlainEngine(string directory)
    {
        Directory.CreateDirectory(directory);
        _tree = new ZoneTreeFactory<Memory<byte>, Memory<byte>>()
            .SetComparer(new ByteArrayLexicographicComparerAscending())
            .SetKeySerializer(new ByteArraySerializer())
            .SetValueSerializer(new ByteArraySerializer())
            .SetDataDirectory(directory)
            .OpenOrCreate();
        _maintainer = _tree.CreateMaintainer();
    }

    public void Begin()
    {
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Memory<byte> k = key.ToArray();
        Memory<byte> v = value.ToArray();
        _tree.Upsert(in k, in v);
    }

    public int Read(ReadOnlySpan<byte> key)
    {
        Memory<byte> k = key.ToArray();
        return _tree.TryGet(in k, out var value) ? value.Length : -1;
    }

    public void Commit() => _tree.SyncWALAsync(CancellationToken.None).GetAwaiter().GetResult();

    public void Settle()
    {
        _maintainer.EvictToDisk();
        _maintainer.WaitForBackgroundThreads();
    }

    public long CountKeys()
    {
        using var iterator = _tree.CreateIterator(IteratorType.NoRefresh, false, false);
        var count = 0L;
        while (iterator.Next())
        {
            count++;
        }

        return count;
    }

    public List<byte[]> KeysWithPrefix(byte[] prefix)
    {
        using var iterator = _tree.CreateIterator(IteratorType.NoRefresh, false, false);
        Memory<byte> start = prefix;
        iterator.Seek(in start);
        var keys = new List<byte[]>();
        while (iterator.Next() && iterator.CurrentKey.Span.StartsWith(prefix))
        {
            keys.Add(iterator.CurrentKey.ToArray());
        }

        return keys;
    }

    public byte[]? Get(byte[] key)
    {
        Memory<byte> k = key;
        return _tree.TryGet(in k, out var value) ? value.ToArray() : null;
    }

    public void Dispose()
    {
        _maintainer.Dispose();
        _tree.Dispose();
    }
}
