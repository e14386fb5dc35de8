using System.Net.Sockets;
using System.Security.Authentication;

namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>Runs Cypher over one Bolt connection, speaking v1 (Neo4j 3.x: INIT, RUN "BEGIN", PULL_ALL, ACK_FAILURE)
/// or v4.4/v5.x (HELLO, LOGON from 5.1, BEGIN/COMMIT/ROLLBACK, PULL{n} with has_more, RESET, GOODBYE).</summary>
/// <remarks>A broken connection is dropped and reopened by the next call; its failure is transient.</remarks>
internal sealed class BoltCypherRunner : ICypherRunner
{
    /// <summary>Records fetched per PULL on 4.0 and later, unless the constructor says otherwise.</summary>
    public const long DefaultFetchSize = 1000;

    private const string UserAgent = "timeline/1";
    private static readonly Dictionary<string, object?> NoParameters = [];

    private readonly Func<CancellationToken, Task<BoltConnection>> _open;
    private readonly string _store;
    private readonly string? _username;
    private readonly string? _password;
    private readonly string? _database;
    private readonly long _fetchSize;
    private BoltConnection? _connection;
    private string _agent = string.Empty;
    private bool _inTransaction;

    public BoltCypherRunner(BoltEndpoint endpoint, string store, string? username, string? password, string? database)
        : this(ct => BoltConnection.OpenAsync(endpoint, TimeSpan.FromSeconds(15), ct), store, username, password, database)
    {
    }

    /// <summary>A runner over connections from <paramref name="open"/> (tests use scripted streams).</summary>
    public BoltCypherRunner(
        Func<CancellationToken, Task<BoltConnection>> open, string store, string? username, string? password, string? database, long fetchSize = DefaultFetchSize)
    {
        (_open, _store, _username, _password, _database, _fetchSize) = (open, store, username, password, database, fetchSize);
    }

    /// <summary>The negotiated version, once connected.</summary>
    public BoltVersion? Version => _connection?.Version;

    public async Task<string> ConnectAsync(CancellationToken cancellationToken)
    {
        await ConnectionAsync(cancellationToken);
        return _agent;
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var results = await transaction.RunAsync(statements, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (_inTransaction)
        {
            // A transaction that was never finished (its owner did not dispose it) would make this BEGIN nested.
            await RollbackAsync();
        }

        var connection = await ConnectionAsync(cancellationToken);
        if (connection.Version.IsLegacy)
        {
            await RunOneAsync(connection, "BEGIN", NoParameters, cancellationToken);
        }
        else
        {
            var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["mode"] = "w" };
            if (_database is not null)
            {
                extra["db"] = _database;
            }

            await RequestAsync(connection, cancellationToken, (BoltMessage.Begin, [extra]));
        }

        _inTransaction = true;
        return new BoltTransaction(this);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            try
            {
                if (!connection.Version.IsLegacy)
                {
                    connection.Enqueue(BoltMessage.Goodbye);
                    await connection.FlushAsync(CancellationToken.None);
                }
            }
            catch (IOException)
            {
                // Closing anyway.
            }
            catch (SocketException)
            {
                // Closing anyway.
            }

            await connection.DisposeAsync();
        }
    }

    internal async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var connection = Current;
        var results = new List<CypherResult>(statements.Count);
        if (connection.Version.IsLegacy)
        {
            // v1: pipeline every RUN + PULL_ALL, then read the answers in order.
            foreach (var statement in statements)
            {
                connection.Enqueue(BoltMessage.Run, statement.Text, statement.Parameters);
                connection.Enqueue(BoltMessage.Pull);
            }

            await Guard(() => connection.FlushAsync(cancellationToken));
            StoreException? failure = null;
            foreach (var _ in statements)
            {
                var (columns, runFailure) = await ReadSummaryAsync(connection, null, cancellationToken);
                var rows = new List<IReadOnlyList<object?>>();
                var (_, pullFailure) = await ReadSummaryAsync(connection, rows, cancellationToken);
                failure ??= runFailure ?? pullFailure;
                results.Add(new CypherResult(Fields(columns), rows));
            }

            if (failure is not null)
            {
                await RecoverAsync(connection, cancellationToken);
                throw failure;
            }

            return results;
        }

        if (statements.Count == 1)
        {
            results.Add(await RunOneAsync(connection, statements[0].Text, statements[0].Parameters, cancellationToken));
            return results;
        }

        // Several statements (a write batch): pipeline every RUN + PULL {n: -1} in one flush, then read the answers
        // in order. After a FAILURE the server answers IGNORED to the rest; RESET then ends the transaction.
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["n"] = -1L };
        foreach (var statement in statements)
        {
            connection.Enqueue(BoltMessage.Run, statement.Text, statement.Parameters, new Dictionary<string, object?>());
            connection.Enqueue(BoltMessage.Pull, all);
        }

        await Guard(() => connection.FlushAsync(cancellationToken));
        StoreException? pipelineFailure = null;
        foreach (var _ in statements)
        {
            var (columns, runFailure) = await ReadSummaryAsync(connection, null, cancellationToken);
            var rows = new List<IReadOnlyList<object?>>();
            var (_, pullFailure) = await ReadSummaryAsync(connection, rows, cancellationToken);
            pipelineFailure ??= runFailure ?? pullFailure;
            results.Add(new CypherResult(Fields(columns), rows));
        }

        if (pipelineFailure is not null)
        {
            await RecoverAsync(connection, cancellationToken);
            throw pipelineFailure;
        }

        return results;
    }

    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        var connection = Current;
        if (connection.Version.IsLegacy)
        {
            await RunOneAsync(connection, "COMMIT", NoParameters, cancellationToken);
        }
        else
        {
            await RequestAsync(connection, cancellationToken, (BoltMessage.Commit, []));
        }

        // Only now: a COMMIT that fails on v1 leaves the transaction open (failed) until the ROLLBACK that disposing
        // the transaction sends; otherwise the next BEGIN on this connection is refused as a nested transaction.
        _inTransaction = false;
    }

    internal async Task RollbackAsync()
    {
        if (_connection is not { } connection || !_inTransaction)
        {
            return;
        }

        _inTransaction = false;
        if (connection.Version.IsLegacy)
        {
            // v1 has no transaction messages: BEGIN/COMMIT/ROLLBACK are statements, and after a failure (a transient
            // error at COMMIT among them) the server may still hold the transaction open, so that the connection's next
            // BEGIN is refused as nested. Closing the connection ends it for certain; the next call reconnects.
            await DropAsync();
            return;
        }

        try
        {
            await RequestAsync(connection, CancellationToken.None, (BoltMessage.Rollback, []));
        }
        catch (StoreException)
        {
            // Nothing to roll back (the failure already did), or the connection is gone.
        }
    }

    private BoltConnection Current => _connection ?? throw Neo4jErrors.Connection(_store, new IOException("the connection was lost"));

    private async Task<BoltConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } open)
        {
            return open;
        }

        BoltConnection connection;
        try
        {
            connection = await _open(cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException)
        {
            throw Neo4jErrors.Connection(_store, e);
        }

        _connection = connection;
        try
        {
            await AuthenticateAsync(connection, cancellationToken);
        }
        catch
        {
            await DropAsync();
            throw;
        }

        return connection;
    }

    private async Task AuthenticateAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        var version = connection.Version;
        var auth = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (_username is null)
        {
            auth["scheme"] = "none";
        }
        else
        {
            auth["scheme"] = "basic";
            auth["principal"] = _username;
            auth["credentials"] = _password ?? string.Empty;
        }

        Dictionary<string, object?> meta;
        if (version.IsLegacy)
        {
            meta = await RequestAsync(connection, cancellationToken, (BoltMessage.Hello, [UserAgent, auth]));
        }
        else
        {
            var hello = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = UserAgent };
            if (version.NeedsBoltAgent)
            {
                hello["bolt_agent"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["product"] = UserAgent };
            }

            if (!version.UsesLogon)
            {
                foreach (var (key, value) in auth)
                {
                    hello[key] = value;
                }
            }

            meta = await RequestAsync(connection, cancellationToken, (BoltMessage.Hello, [hello]));
            if (version.UsesLogon)
            {
                await RequestAsync(connection, cancellationToken, (BoltMessage.Logon, [auth]));
            }
        }

        _agent = meta.GetValueOrDefault("server") as string ?? "Neo4j";
    }

    /// <summary>Sends one RUN and pulls all its records (in batches of the fetch size from 4.0).</summary>
    private async Task<CypherResult> RunOneAsync(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var version = connection.Version;
        if (version.IsLegacy)
        {
            connection.Enqueue(BoltMessage.Run, query, parameters);
            connection.Enqueue(BoltMessage.Pull);
        }
        else
        {
            connection.Enqueue(BoltMessage.Run, query, parameters, new Dictionary<string, object?>());
            connection.Enqueue(BoltMessage.Pull, Pull());
        }

        await Guard(() => connection.FlushAsync(cancellationToken));
        var (columns, failure) = await ReadSummaryAsync(connection, null, cancellationToken);
        var rows = new List<IReadOnlyList<object?>>();
        while (true)
        {
            var (summary, pullFailure) = await ReadSummaryAsync(connection, rows, cancellationToken);
            failure ??= pullFailure;
            if (failure is null && version.PullsInBatches && summary?.GetValueOrDefault("has_more") is true)
            {
                connection.Enqueue(BoltMessage.Pull, Pull());
                await Guard(() => connection.FlushAsync(cancellationToken));
                continue;
            }

            break;
        }

        if (failure is not null)
        {
            await RecoverAsync(connection, cancellationToken);
            throw failure;
        }

        return new CypherResult(Fields(columns), rows);
    }

    private Dictionary<string, object?> Pull() => new(StringComparer.Ordinal) { ["n"] = _fetchSize };

    /// <summary>Sends requests and expects SUCCESS for each; returns the last SUCCESS metadata.</summary>
    private async Task<Dictionary<string, object?>> RequestAsync(BoltConnection connection, CancellationToken cancellationToken, params (byte Signature, object?[] Fields)[] requests)
    {
        foreach (var (signature, fields) in requests)
        {
            connection.Enqueue(signature, fields);
        }

        await Guard(() => connection.FlushAsync(cancellationToken));
        StoreException? failure = null;
        Dictionary<string, object?>? meta = null;
        foreach (var _ in requests)
        {
            var (summary, error) = await ReadSummaryAsync(connection, null, cancellationToken);
            failure ??= error;
            meta = summary;
        }

        if (failure is not null)
        {
            await RecoverAsync(connection, cancellationToken);
            throw failure;
        }

        return meta ?? [];
    }

    /// <summary>Reads RECORDs (into <paramref name="rows"/>) up to the next summary. Returns the SUCCESS metadata, or
    /// the FAILURE as an exception (IGNORED gives neither).</summary>
    private async Task<(Dictionary<string, object?>? Meta, StoreException? Failure)> ReadSummaryAsync(
        BoltConnection connection, List<IReadOnlyList<object?>>? rows, CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await Guard(() => connection.ReceiveAsync(cancellationToken));
            switch (message.Tag)
            {
                case BoltMessage.Record when rows is not null && message.Fields.Count == 1 && message.Fields[0] is List<object?> values:
                    rows.Add(values);
                    continue;
                case BoltMessage.Success:
                    return (message.Fields.Count > 0 ? message.Fields[0] as Dictionary<string, object?> ?? [] : [], null);
                case BoltMessage.Ignored:
                    return (null, null);
                case BoltMessage.Failure:
                    var meta = message.Fields.Count > 0 ? message.Fields[0] as Dictionary<string, object?> ?? [] : [];
                    var code = meta.GetValueOrDefault("code") as string ?? meta.GetValueOrDefault("neo4j_code") as string;
                    return (null, Neo4jErrors.FromServer(_store, code, meta.GetValueOrDefault("message") as string));
                default:
                    await DropAsync();
                    throw Neo4jErrors.Protocol(_store, $"Bolt message 0x{message.Tag:X2} where a summary was expected");
            }
        }
    }

    /// <summary>After a FAILURE: ACK_FAILURE (v1) or RESET (v3+) brings the connection back to READY.</summary>
    private async Task RecoverAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            connection.Enqueue(connection.Version.IsLegacy ? BoltMessage.AckFailure : BoltMessage.Reset);
            await Guard(() => connection.FlushAsync(cancellationToken));
            var (meta, failure) = await ReadSummaryAsync(connection, null, cancellationToken);
            if (meta is null || failure is not null)
            {
                await DropAsync();
            }

            // RESET ends an open transaction (v3+); on v1 it stays open, failed, until ROLLBACK.
            _inTransaction &= connection.Version.IsLegacy;
        }
        catch (StoreException)
        {
            // The server closed the connection after the failure (it does so for a failed login); it is dropped.
        }
    }

    private static List<string> Fields(Dictionary<string, object?>? meta) =>
        (meta?.GetValueOrDefault("fields") as List<object?> ?? []).Select(f => f as string ?? string.Empty).ToList();

    private async Task Guard(Func<Task> action) => await Guard(async () =>
    {
        await action();
        return true;
    });

    /// <summary>Turns a broken connection into a transient <see cref="StoreException"/> and drops it.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            await DropAsync();
            throw Neo4jErrors.Connection(_store, e);
        }
    }

    private async Task DropAsync()
    {
        _inTransaction = false;
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }
}
