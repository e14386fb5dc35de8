using System.Runtime.InteropServices;
using LightningDB;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>LMDB through LightningDB: one B+ tree in a memory-mapped file, copy-on-write pages; a commit writes the
/// transaction's dirty pages and the meta page and syncs the file (default flags: no <c>NoSync</c>,
/// <c>NoMetaSync</c> or <c>WriteMap</c>). With <c>writeMap</c> (<c>--lmdb-writemap</c>), dirty pages are written in
/// the map itself instead of malloc'ed copies, and a commit syncs the map (<c>msync</c>): as durable.</summary>
/// <remarks>LightningDB 0.23.1 ships a <c>liblmdb.so</c> for linux-x64 built against glibc 2.38; this machine has
/// 2.36 (Debian 12), so it does not load. The library is then taken from the system: Debian's <c>liblmdb0</c>
/// (LMDB 0.9.24, <c>apt-get install liblmdb0</c>), or the file named by <c>$TIMELINE_LMDB_LIBRARY</c>.</remarks>
internal sealed class LmdbEngine : IKeyValueEngine
{
    private static int _resolverSet;
    private readonly LightningEnvironment _environment;
    private readonly LightningDatabase _database;
    private LightningTransaction? _transaction;

    public LmdbEngine(string directory, bool writeMap)
    {
        UseLoadableLibrary();
        Directory.CreateDirectory(directory);
        _environment = new LightningEnvironment(directory, new EnvironmentConfiguration { MapSize = 16L << 30, MaxDatabases = 1 });
        _environment.Open(writeMap ? EnvironmentOpenFlags.WriteMap : EnvironmentOpenFlags.None, UnixAccessMode.Default);
        WriteMap = writeMap;
        using var transaction = _environment.BeginTransaction(TransactionBeginFlags.None);
        _database = transaction.OpenDatabase(configuration: new DatabaseConfiguration { Flags = DatabaseOpenFlags.Create }, closeOnDispose: false);
        Check(transaction.Commit(), "commit");
    }

    /// <summary>Which LMDB library was loaded (for the report).</summary>
    public string Library => $"LMDB {_environment.Version.Major}.{_environment.Version.Minor}.{_environment.Version.Patch}{(WriteMap ? " (WriteMap)" : string.Empty)}";

    public bool WriteMap { get; }

    public void Begin() => _transaction = _environment.BeginTransaction(TransactionBeginFlags.None);

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Check(Transaction.Put(_database, key, value, PutOptions.None), "put");

    public int Read(ReadOnlySpan<byte> key)
    {
        var (code, _, value) = Transaction.Get(_database, key);
        return code == MDBResultCode.Success ? value.AsSpan().Length : -1;
    }

    public void Commit()
    {
        Check(Transaction.Commit(), "commit");
        _transaction!.Dispose();
        _transaction = null;
    }

    public void Settle()
    {
        // A commit has written and synced everything; LMDB has no background work.
    }

    public long CountKeys()
    {
        using var transaction = _environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        return transaction.GetEntriesCount(_database);
    }

    public List<byte[]> KeysWithPrefix(byte[] prefix)
    {
        using var transaction = _environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        using var cursor = transaction.CreateCursor(_database);
        var keys = new List<byte[]>();
        if (cursor.SetRange(prefix) != MDBResultCode.Success)
        {
            return keys;
        }

        var (code, key, _) = cursor.GetCurrent();
        while (code == MDBResultCode.Success && key.AsSpan().StartsWith(prefix))
        {
            keys.Add(key.CopyToNewArray());
            (code, key, _) = cursor.Next();
        }

        return keys;
    }

    public byte[]? Get(byte[] key)
    {
        using var transaction = _environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        var (code, _, value) = transaction.Get(_database, key);
        return code == MDBResultCode.Success ? value.CopyToNewArray() : null;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _database.Dispose();
        _environment.Dispose();
    }

    private LightningTransaction Transaction => _transaction ?? throw new InvalidOperationException("no open transaction");

    private static void Check(MDBResultCode code, string what)
    {
        if (code != MDBResultCode.Success)
        {
            throw new InvalidOperationException($"LMDB {what}: {code}");
        }
    }

    /// <summary>Loads LMDB from the system when the packaged library does not load here.</summary>
    private static void UseLoadableLibrary()
    {
        if (Interlocked.Exchange(ref _resolverSet, 1) == 1)
        {
            return;
        }

        NativeLibrary.SetDllImportResolver(typeof(LightningEnvironment).Assembly, static (name, assembly, path) =>
        {
            if (name != "lmdb")
            {
                return IntPtr.Zero;
            }

            if (NativeLibrary.TryLoad(name, assembly, path, out var packaged))
            {
                return packaged;
            }

            var fallback = Environment.GetEnvironmentVariable("TIMELINE_LMDB_LIBRARY") is { Length: > 0 } file ? file : "liblmdb.so.0";
            return NativeLibrary.Load(fallback);
        });
    }
}
