using System.Globalization;
using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Graph;
using Timeline.Core.Relations;

namespace Timeline.Storage.Sqlite;

/// <summary>The embedded store: the whole graph in one SQLite file (schema in <c>V001_Initial.sql</c>, described in
/// docs/storage.md). No server; other processes may read the file while this one writes (WAL).</summary>
/// <remarks>
/// <para>Writes: documents are written in order in batch transactions of up to <see cref="DocumentsPerTransaction"/>
/// documents; when one fails, nothing of it remains, the documents before it are committed, and a
/// <see cref="StoreException"/> names it. Killing the process loses at most the uncommitted
/// batch, never half a document (SQLite's WAL recovers the last commit).</para>
/// <para>An actor row exists exactly as long as some stored document lists the actor; its name and kind come from
/// the listing document with the smallest id.</para>
/// <para>Thread safety: one connection, operations are serialised; the instance may be shared.</para>
/// </remarks>
public sealed class SqliteGraphStore : IGraphStore
{
    /// <summary>How many documents one transaction commits at most. A commit writes every page the transaction
    /// changed into the WAL, and the random event ids spread a batch's rows over nearly every page of the event tables,
    /// so the I/O of a load falls with the batch size: 100,000 events in 10,000 documents wrote 1,650 MB in batches of 500
    /// and 396 MB in batches of 5,000 (docs/storage.md). A killed process loses at most the batch being written.</summary>
    public const int DocumentsPerTransaction = 5_000;

    private readonly string _path;
    private readonly GraphStoreOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _mapped;
    private SqliteConnection? _connection;
    private DocumentWriter? _writer;
    private EventReader? _events;
    private ActorReader? _actors;
    private SnapshotReader? _snapshots;

    /// <param name="path">The store file; created when missing (its directory must exist).</param>
    /// <param name="options">Lock timeout; null for the defaults.</param>
    public SqliteGraphStore(string path, GraphStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = path;
        _options = options ?? GraphStoreOptions.Default;
        if (_options.BusyTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.BusyTimeout, "The busy timeout must be positive.");
        }
    }

    public string DisplayName => _path;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not null)
            {
                return;
            }

            if (Directory.Exists(_path))
            {
                throw new StoreException($"{_path}: is a directory; --store needs a file path such as ./timeline.db");
            }

            var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = _path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                ForeignKeys = true,
                DefaultTimeout = Math.Max(1, (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds)),
            }.ToString());
            try
            {
                connection.Open();
                SqliteSchema.Migrate(connection, _path);
                Configure(connection, _options.BusyTimeout);
            }
            catch (SqliteException ex)
            {
                await connection.DisposeAsync();
                throw SqliteErrors.Translate(_path, "cannot open the store", ex);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            _connection = connection;
            _writer = new DocumentWriter(connection);
            _events = new EventReader(connection);
            _actors = new ActorReader(connection);
            _snapshots = new SnapshotReader(connection, _events, _actors);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task WriteAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (connection, writer) = (Connection, _writer!);
            try
            {
                Map(connection, mapped: false);
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Translate(_path, "cannot write", ex);
            }

            for (var start = 0; start < documents.Count; start += DocumentsPerTransaction)
            {
                var end = Math.Min(documents.Count, start + DocumentsPerTransaction);
                WriteBatch(connection, writer, documents, start, end, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        ReadAsync("reading statistics", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM actors), (SELECT count(*) FROM events),
                       (SELECT count(*) FROM event_mentions), (SELECT count(*) FROM relations)
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        }, cancellationToken);

    public Task<IReadOnlyList<Event>> FindEventsAsync(EventFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync("reading events", _ => _events!.Find(filter), cancellationToken);
    }

    public Task<IReadOnlyList<Actor>> FindActorsAsync(string nameOrAlias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return ReadAsync("reading actors", _ => _actors!.Find(nameOrAlias), cancellationToken);
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<ActorId> ids, bool withAliases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync("reading actors", _ => _actors!.LoadMany(ids.Select(a => a.Value), withAliases), cancellationToken);
    }

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync("reading documents", _ => _snapshots!.LoadDocuments(ids.Select(d => d.Value)), cancellationToken);
    }

    public Task<IReadOnlyList<Relation>> FindRelationsToAsync(IReadOnlyCollection<ActorId> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return ReadAsync("reading relations", _ => _snapshots!.LoadRelationsTo(targets.Select(a => a.Value)), cancellationToken);
    }

    public Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken) =>
        ReadAsync("reading actors", _ => _actors!.Summarize(), cancellationToken);

    public Task<GraphSnapshot> LoadSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);

        // One read transaction, so that the snapshot is consistent even while another process writes.
        return ReadAsync("reading a snapshot", connection =>
        {
            // A plain BEGIN, not BeginTransaction: the readers' prepared statements are not bound to a transaction object.
            Execute(connection, "BEGIN DEFERRED");
            try
            {
                return _snapshots!.Load(window);
            }
            finally
            {
                Execute(connection, "COMMIT");
            }
        }, cancellationToken);
    }

    /// <summary>Streams the events of windows without <c>AsOf</c> (an as-of window is loaded). The source holds
    /// this store's connection in one read transaction until it is disposed; other calls on this store wait.</summary>
    public async Task<ISnapshotSource> OpenSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.AsOf is not null)
        {
            return new InMemorySnapshotSource(await LoadSnapshotAsync(window, cancellationToken));
        }

        await _gate.WaitAsync(cancellationToken);
        var connection = Connection;
        var began = false;
        void Abandon()
        {
            try
            {
                if (began)
                {
                    Execute(connection, "COMMIT");
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        try
        {
            // A streamed export reads every page of the file, in index order: mapped, a page is a memory access, not
            // one system call.
            Map(connection, mapped: true);
            Execute(connection, "BEGIN DEFERRED");
            began = true;
            return _snapshots!.Open(
                window,
                ex => SqliteErrors.Translate(_path, "reading a snapshot", ex),
                Abandon);
        }
        catch (SqliteException ex)
        {
            Abandon();
            throw SqliteErrors.Translate(_path, "reading a snapshot", ex);
        }
        catch (InvalidDataException ex)
        {
            Abandon();
            throw new StoreException($"{_path}: reading a snapshot: {ex.Message}", ex);
        }
        catch
        {
            Abandon();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _snapshots?.Dispose();
            _actors?.Dispose();
            _events?.Dispose();
            _writer?.Dispose();
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }

            (_snapshots, _actors, _events, _writer, _connection) = (null, null, null, null, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteConnection Connection =>
        _connection ?? throw new InvalidOperationException("Call InitializeAsync before using the store.");

    private static void Configure(SqliteConnection connection, TimeSpan busyTimeout)
    {
        // The writer's prepared statements bypass SqliteCommand's retry loop, so SQLite itself waits for locks.
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, (int)Math.Min(int.MaxValue, busyTimeout.TotalMilliseconds));
        using var command = connection.CreateCommand();

        // WAL: readers never block the writer and a killed process loses nothing committed. synchronous = NORMAL is
        // durable against process crashes (an OS crash may lose the last transactions, never corrupt the file).
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL mode (got '{mode}').");
        }

        // Memory-mapped reads are switched on by the first read (see Map).
        // A checkpoint copies every page changed since the last one from the WAL into the file; every 10,000 pages
        // (40 MB) instead of SQLite's 1,000, a page that several small transactions change is copied once, not after
        // each of them (docs/storage.md). The WAL file is truncated back to 64 MB after a checkpoint.
        command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; "
            + "PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864";
        command.ExecuteNonQuery();
    }

    /// <summary>Memory-mapped reads (up to 2 GB) turn the page reads of a query into memory accesses instead of one
    /// system call per page, but every page a long ingest touches would stay mapped into the process and its working
    /// set would grow with the file. So reads map the file and writes unmap it; switched only when the kind of work
    /// changes, so an ingest (only writes) never maps it and a query session maps it once.</summary>
    private void Map(SqliteConnection connection, bool mapped)
    {
        if (_mapped != mapped)
        {
            // 2 GB: SQLite's default ceiling.
            Execute(connection, mapped ? "PRAGMA mmap_size = 2147418112" : "PRAGMA mmap_size = 0");
            _mapped = mapped;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Writes a batch in one transaction. Without savepoints (each would copy every page a document touches
    /// into a sub-journal); when a document fails, the whole transaction is rolled back, the documents before it are
    /// written again in a new one and committed, and the failure is reported with the document's id.</summary>
    private void WriteBatch(
        SqliteConnection connection, DocumentWriter writer, IReadOnlyList<DocumentExtraction> documents, int start, int end, CancellationToken cancellationToken)
    {
        var (failed, failure) = WriteDocuments(connection, writer, documents, start, end, cancellationToken);
        if (failure is null)
        {
            return;
        }

        if (failed > start && WriteDocuments(connection, writer, documents, start, failed, cancellationToken).Failure is { } again)
        {
            throw again;
        }

        throw failure;
    }

    /// <summary>Writes <c>documents[start..end)</c> in one transaction and commits it; or, when a document fails, rolls
    /// the whole transaction back and returns the document's index and failure. Cancellation between documents commits
    /// the documents before.</summary>
    private (int Failed, StoreException? Failure) WriteDocuments(
        SqliteConnection connection, DocumentWriter writer, IReadOnlyList<DocumentExtraction> documents, int start, int end, CancellationToken cancellationToken)
    {
        SqliteTransaction transaction;
        try
        {
            transaction = connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(_path, "cannot write", ex);
        }

        using (transaction)
        {
            writer.Enlist(transaction);
            try
            {
                // By the number of documents: the list is not read ahead of the writes (cancellation, lazy lists).
                var droppedIndexes = BulkIndexes.DropForBulkLoad(connection, transaction, end - start);
                var cancelled = false;
                var failed = -1;
                Exception? error = null;
                for (var i = start; i < end; i++)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        // Keep what is done: the documents before this one are complete once the queue is flushed.
                        cancelled = true;
                        break;
                    }

                    var document = documents[i];
                    ArgumentNullException.ThrowIfNull(document, nameof(documents));
                    if (TryWrite(() => writer.Write(document, i), i, out failed, out error))
                    {
                        continue;
                    }

                    break;
                }

                if (error is null && TryWrite(writer.Flush, end - 1, out failed, out error))
                {
                    BulkIndexes.Restore(connection, transaction, droppedIndexes);
                    transaction.Commit();
                    if (cancelled)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    return (end, null);
                }

                transaction.Rollback();
                var failing = documents[failed].Document.Id;
                return (failed, error switch
                {
                    SqliteException sqlite => SqliteErrors.Translate(_path, $"document '{failing}'", sqlite),
                    _ => new StoreException($"{_path}: document '{failing}': write refused: {error!.Message}", error),
                });
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Translate(_path, "cannot write", ex);
            }
            finally
            {
                writer.Enlist(null);
            }
        }
    }

    /// <summary>Runs a write of the document at <paramref name="position"/>; on a failure the store reports, returns
    /// false with the failing document's position (a queued report's own, see <see cref="QueuedReportException"/>) and
    /// the cause.</summary>
    private static bool TryWrite(Action write, int position, out int failed, out Exception? error)
    {
        try
        {
            write();
            (failed, error) = (-1, null);
            return true;
        }
        catch (QueuedReportException ex)
        {
            (failed, error) = (ex.Position, ex.InnerException);
        }
        catch (SqliteException ex)
        {
            (failed, error) = (position, ex);
        }
        catch (InvalidDataException ex)
        {
            (failed, error) = (position, ex);
        }

        return false;
    }

    private async Task<T> ReadAsync<T>(string action, Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var connection = Connection;
            Map(connection, mapped: true);
            return read(connection);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(_path, action, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new StoreException($"{_path}: {action}: {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }
}
