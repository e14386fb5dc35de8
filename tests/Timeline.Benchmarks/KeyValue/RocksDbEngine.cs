using RocksDbSharp;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>RocksDB (the <c>RocksDB</c> package with its native library): a log-structured merge tree. A batch is one
/// <c>WriteBatch</c> written atomically with <c>sync = true</c> (the write-ahead log is synced before the write
/// returns); memtables are flushed and compacted by RocksDB's background threads, default options otherwise.</summary>
internal sealed class RocksDbEngine : IKeyValueEngine
{
    private readonly RocksDb _database;
    private readonly WriteOptions _durable = new WriteOptions().SetSync(true);
    private WriteBatch? _batch;

    public RocksDbEngine(string directory)
    {
        Directory.CreateDirectory(directory);
        _database = RocksDb.Open(new DbOptions().SetCreateIfMissing(true), directory);
    }

    public void Begin() => _batch = new WriteBatch();

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Batch.Put(key, value);

    /// <summary>Reads the last commit: a plain <c>WriteBatch</c> is not readable (a store would need
    /// <c>WriteBatchWithIndex</c> to see its own open batch).</summary>
    public int Read(ReadOnlySpan<byte> key) => _database.Get(key) is { } value ? value.Length : -1;

    public void Commit()
    {
        _database.Write(Batch, _durable);
        _batch!.Dispose();
        _batch = null;
    }

    public void Settle()
    {
        _database.Flush(new FlushOptions().SetWaitForFlush(true));

        while (_database.GetProperty("rocksdb.compaction-pending") != "0" || _database.GetProperty("rocksdb.num-running-compactions") != "0"
            || _database.GetProperty("rocksdb.num-running-flushes") != "0")
        {
            Thread.Sleep(20);
        }
    }

    public long CountKeys()
    {
        using var iterator = _database.NewIterator();
        var count = 0L;
        for (iterator.SeekToFirst(); iterator.Valid(); iterator.Next())
        {
            count++;
        }

        return count;
    }

    public List<byte[]> KeysWithPrefix(byte[] prefix)
    {
        using var iterator = _database.NewIterator();
        var keys = new List<byte[]>();
        for (iterator.Seek(prefix); iterator.Valid() && iterator.GetKeySpan().StartsWith(prefix); iterator.Next())
        {
            keys.Add(iterator.Key());
        }

        return keys;
    }

    public byte[]? Get(byte[] key) => _database.Get(key);

    public void Dispose()
    {
        _batch?.Dispose();
        _database.Dispose();
    }

    private WriteBatch Batch => _batch ?? throw new InvalidOperationException("no open batch");
}
