using ZoneTree;
using ZoneTree.Comparers;
using ZoneTree.Serializers;
using ZoneTree.Transactional;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>ZoneTree (managed LSM tree) as a transactional tree: a batch is one snapshot-isolation transaction
/// committed with <c>CommitDurableAsync</c> (the shared write-ahead log is synced before the commit is visible);
/// a maintainer merges segments in the background.</summary>
internal sealed class ZoneTreeEngine : IKeyValueEngine
{
    private readonly ITransactionalZoneTree<Memory<byte>, Memory<byte>> _tree;
    private readonly IMaintainer _maintainer;
    private ITransaction<Memory<byte>, Memory<byte>>? _transaction;

    public ZoneTreeEngine(string directory)
    {
        Directory.CreateDirectory(directory);
        _tree = new ZoneTreeFactory<Memory<byte>, Memory<byte>>()
            .SetComparer(new ByteArrayLexicographicComparerAscending())
            .SetKeySerializer(new ByteArraySerializer())
            .SetValueSerializer(new ByteArraySerializer())
            .SetDataDirectory(directory)
            .OpenOrCreateTransactional();
        _maintainer = _tree.CreateMaintainer();
    }

    public void Begin() => _transaction = _tree.BeginTransaction(TransactionIsolationLevel.Snapshot);

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Memory<byte> k = key.ToArray();
        Memory<byte> v = value.ToArray();
        Transaction.Upsert(in k, in v);
    }

    public int Read(ReadOnlySpan<byte> key)
    {
        Memory<byte> k = key.ToArray();
        return Transaction.TryGetForUpdate(in k, out var value) ? value.Length : -1;
    }

    public void Commit()
    {
        Transaction.CommitDurableAsync(CancellationToken.None).GetAwaiter().GetResult();
        _transaction = null;
    }

    public void Settle()
    {
        _maintainer.EvictToDisk();
        _maintainer.WaitForBackgroundThreads();
    }

    public long CountKeys()
    {
        var read = _tree.BeginReadOnlyTransaction();
        Memory<byte> first = new byte[] { 0 };
        Memory<byte> last = Enumerable.Repeat((byte)0xFF, 64).ToArray();
        return read.Range(in first, in last, true).LongCount();
    }

    public List<byte[]> KeysWithPrefix(byte[] prefix)
    {
        var read = _tree.BeginReadOnlyTransaction();
        Memory<byte> from = prefix;
        Memory<byte> to = prefix.Concat(Enumerable.Repeat((byte)0xFF, 64)).ToArray();
        return read.Range(in from, in to, true).Select(p => p.Key.ToArray()).ToList();
    }

    public byte[]? Get(byte[] key)
    {
        var read = _tree.BeginReadOnlyTransaction();
        Memory<byte> k = key;
        return read.TryGet(in k, out var value) ? value.ToArray() : null;
    }

    public void Dispose()
    {
        _transaction?.Rollback();
        _maintainer.Dispose();
        _tree.Dispose();
    }

    private ITransaction<Memory<byte>, Memory<byte>> Transaction => _transaction ?? throw new InvalidOperationException("no open transaction");
}
