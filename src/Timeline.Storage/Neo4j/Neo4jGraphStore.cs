using System.Collections.Immutable;
using NodaTime;
using Polly;
using Polly.Retry;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Storage.Neo4j.Bolt;
using Timeline.Storage.Neo4j.Http;

namespace Timeline.Storage.Neo4j;

/// <summary>The graph in a Neo4j server (3.1 or later), over Bolt or the HTTP API, with the same behaviour as the
/// embedded store. The model is described in docs/graph-model.md; every query lives in <c>cypher/</c>.</summary>
/// <remarks>
/// <para>The URI's path names the database on 4.x and later (<c>bolt://host:7687/news</c>; default: the server's
/// default database) and the query <c>?graph=NAME</c> keeps several independent timelines in one database (every node
/// carries <c>graph</c>; the default graph is the empty name).</para>
/// <para>Writes go in batches of documents, each batch one transaction; a transient failure (dropped connection,
/// <c>Neo.TransientError.*</c>) retries the batch with exponential backoff, which is safe because every write is
/// keyed by deterministic ids. Not thread-safe: one operation at a time.</para>
/// </remarks>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>Documents per transaction unless <see cref="Neo4jStoreOptions.BatchDocuments"/> says otherwise.</summary>
    public const int DefaultBatchDocuments = 1000;

    /// <summary>The epoch days of 0001-01-01 and 9999-12-31, the bounds of an open side of a date window.</summary>
    private static readonly long FirstDay = GraphValues.EpochDay(new LocalDate(1, 1, 1));
    private static readonly long LastDay = GraphValues.EpochDay(new LocalDate(9999, 12, 31));

    private readonly ICypherRunner _runner;
    private readonly string _graph;
    private readonly Neo4jStoreOptions _options;
    private readonly ResiliencePipeline _retry;
    private readonly DocumentBatchWriter _writer;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _serverVersion;

    /// <summary>A store at <paramref name="location"/> (a Bolt or HTTP URI), with the credentials from
    /// <paramref name="options"/> (<c>NEO4J_USERNAME</c>/<c>NEO4J_PASSWORD</c>). Nothing is contacted until
    /// <see cref="InitializeAsync"/>.</summary>
    public Neo4jGraphStore(StoreLocation location, GraphStoreOptions? options = null, Neo4jStoreOptions? neo4jOptions = null)
        : this(CreateRunner(location, options ?? GraphStoreOptions.Default), DisplayNameOf(location), GraphOf(location), neo4jOptions)
    {
    }

    internal Neo4jGraphStore(ICypherRunner runner, string displayName, string graph, Neo4jStoreOptions? options = null)
    {
        _runner = runner;
        DisplayName = displayName;
        _graph = graph;
        _options = options ?? new Neo4jStoreOptions();
        _writer = new DocumentBatchWriter(graph);
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<StoreException>(e => e.IsTransient),
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
            })
            .Build();
    }

    public string DisplayName { get; }

    /// <summary>The server's version as <c>dbms.components()</c> reports it (e.g. <c>3.1.1</c>), after initialisation.</summary>
    public string? ServerVersion => _serverVersion;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Locked(async ct =>
        {
            await _runner.ConnectAsync(ct);
            var components = (await _runner.RunAsync([Statement("schema/components")], ct))[0];
            var kernel = components.Rows.FirstOrDefault(r => r[0] is "Neo4j Kernel") ?? (components.Rows.Count > 0 ? components.Rows[0] : null);
            _serverVersion = kernel?[1] as string ?? throw Neo4jErrors.Protocol(DisplayName, "dbms.components() named no version");
            var major = int.TryParse(_serverVersion.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 5;

            // Schema statements change nothing when they already hold; each runs in its own transaction. Two clients
            // creating the schema at once can deadlock on the schema lock (a transient error): retried like writes.
            foreach (var ddl in CypherQueries.StatementsPerLine(major < 4 ? "schema/schema.3" : "schema/schema.5"))
            {
                await RunSchemaAsync(ddl, ct);
            }

            if (major < 4)
            {
                // 3.x cannot DROP INDEX … IF EXISTS: an obsolete index is dropped when listed; when another client
                // dropped it meanwhile, the failed drop is fine as long as the index is gone.
                foreach (var drop in CypherQueries.StatementsPerLine("schema/obsolete.3"))
                {
                    var index = drop["DROP ".Length..];
                    if (!await HasIndexAsync(index, ct))
                    {
                        continue;
                    }

                    try
                    {
                        await RunSchemaAsync(drop, ct);
                    }
                    catch (StoreException)
                    {
                        if (await HasIndexAsync(index, ct))
                        {
                            throw;
                        }
                    }
                }
            }

            // A graph written before the window query has events but no TimelineGraph node with their longest span.
            var span = (await _runner.RunAsync([Statement("read/graph_span", ("graph", _graph))], ct))[0];
            if (span.Rows.Count == 0)
            {
                await _retry.ExecuteAsync(async token => await _runner.RunAsync([Statement("schema/graph_span", ("graph", _graph))], token), ct);
            }

            // Graphs written by earlier versions keep reports and actor mentions as relationships of their own: moved
            // onto the event mentions and the listings. The count store answers without a scan when there are none.
            var legacy = await _runner.RunAsync([Statement("schema/legacy_reports"), Statement("schema/legacy_actor_mentions")], ct);
            if (GraphValues.ToLong(legacy[0].Rows[0][0]) > 0)
            {
                await MigrateAsync("schema/migrate_reports", ct);
            }

            if (GraphValues.ToLong(legacy[1].Rows[0][0]) > 0)
            {
                await MigrateAsync("schema/migrate_actor_mentions", ct);
            }

            return true;
        }, cancellationToken);
    }

    public async Task WriteAsync(IReadOnlyList<DocumentExtraction> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var valid = documents.Count;
        string? problem = null;
        for (var i = 0; i < documents.Count && problem is null; i++)
        {
            if (ExtractionCheck.Problem(documents[i]) is { } found)
            {
                (valid, problem) = (i, found);
            }
        }

        var batch = new List<DocumentExtraction>();
        var events = 0;
        for (var i = 0; i < valid; i++)
        {
            batch.Add(documents[i]);
            events += documents[i].Events.Length;
            if (batch.Count >= _options.BatchDocuments || events >= _options.BatchEvents)
            {
                await WriteBatchAsync(batch, cancellationToken);
                (batch, events) = ([], 0);
            }
        }

        if (batch.Count > 0)
        {
            await WriteBatchAsync(batch, cancellationToken);
        }

        if (problem is not null)
        {
            throw new StoreException($"{DisplayName}: document '{documents[valid].Document.Id}' was not written: {problem}");
        }
    }

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => Locked(async ct =>
    {
        var result = (await _runner.RunAsync([Statement("read/statistics", ("graph", _graph))], ct))[0];
        var row = result.Rows[0];
        return new StoreStatistics(
            GraphValues.ToLong(row[0]), GraphValues.ToLong(row[1]), GraphValues.ToLong(row[2]), GraphValues.ToLong(row[3]), GraphValues.ToLong(row[4]));
    }, cancellationToken);

    public Task<IReadOnlyList<Event>> FindEventsAsync(EventFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Locked<IReadOnlyList<Event>>(ct => FindAsync(filter, null, ct), cancellationToken);
    }

    public Task<IReadOnlyList<Actor>> FindActorsAsync(string nameOrAlias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return Locked<IReadOnlyList<Actor>>(async ct =>
        {
            var result = (await _runner.RunAsync(
                [Statement("read/find_actors", ("graph", _graph), ("raw", nameOrAlias), ("key", GraphValues.Key(nameOrAlias)))], ct))[0];
            return result.Rows.Select(r => GraphValues.ReadActor(r, 0, 1, 2, 3)).ToArray();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<ActorId> ids, bool withAliases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var uids = ids.Select(a => a.Value).Distinct(StringComparer.Ordinal).Select(id => GraphValues.Uid(_graph, id)).ToList();
        return Locked<IReadOnlyList<Actor>>(async ct =>
        {
            var result = (await _runner.RunAsync([Statement("read/actors_by_id", ("actors", uids))], ct))[0];
            return result.Rows.Select(r => GraphValues.ReadActor(r, 0, 1, 2, 3))
                .Select(a => withAliases ? a : a with { Aliases = [] })
                .OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToArray();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var uids = ids.Select(d => d.Value).Distinct(StringComparer.Ordinal).Select(id => GraphValues.Uid(_graph, id)).ToList();
        return Locked<IReadOnlyList<DocumentInfo>>(async ct =>
        {
            var result = (await _runner.RunAsync([Statement("read/documents", ("graph", _graph), ("documents", uids))], ct))[0];
            return result.Rows.Select(r => GraphValues.ReadDocument((Dictionary<string, object?>)r[0]!))
                .OrderBy(d => d.Id.Value, StringComparer.Ordinal).ToArray();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Relation>> FindRelationsToAsync(IReadOnlyCollection<ActorId> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var uids = targets.Select(a => a.Value).Distinct(StringComparer.Ordinal).Select(id => GraphValues.Uid(_graph, id)).ToList();
        return Locked<IReadOnlyList<Relation>>(async ct =>
        {
            var result = (await _runner.RunAsync([Statement("read/relations_to", ("targets", uids))], ct))[0];
            return result.Rows.Select(GraphValues.ReadRelation).Order(SnapshotOrder.Relations).ToArray();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<ActorSummary>>(ListAsync, cancellationToken);

    public Task<GraphSnapshot> LoadSnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Locked(ct => SnapshotAsync(window, ct), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _runner.DisposeAsync();
        _gate.Dispose();
    }

    /// <summary>Deletes every node of this store's graph (tests and benchmarks); returns how many.</summary>
    internal Task<long> DeleteGraphAsync(CancellationToken cancellationToken) => Locked(async ct =>
    {
        long total = 0;
        while (true)
        {
            var result = (await _runner.RunAsync([Statement("write/delete_graph", ("graph", _graph), ("limit", 2_000L))], ct))[0];
            var deleted = GraphValues.ToLong(result.Rows[0][0]);
            total += deleted;
            if (deleted == 0)
            {
                return total;
            }
        }
    }, cancellationToken);

    /// <summary>Runs a migration statement (which moves up to <c>$limit</c> facts and returns how many) until nothing is left.</summary>
    /// <remarks>Another client upgrading the same graph at the same moment can make a statement fail on facts it has
    /// just moved (a deadlock, or a property of a relationship it deleted): such a failure is retried a few times.</remarks>
    private async Task MigrateAsync(string file, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            long moved;
            try
            {
                moved = await _retry.ExecuteAsync(
                    async token => GraphValues.ToLong((await _runner.RunAsync([Statement(file, ("limit", 5_000L))], token))[0].Rows[0][0]),
                    cancellationToken);
            }
            catch (StoreException) when (++failures <= _options.MaxRetries)
            {
                await Task.Delay(_options.RetryDelay * failures, cancellationToken);
                continue;
            }

            if (moved == 0)
            {
                return;
            }
        }
    }

    private Task RunSchemaAsync(string ddl, CancellationToken cancellationToken) => _retry.ExecuteAsync(
        async token =>
        {
            await _runner.RunAsync([new CypherStatement(ddl, new Dictionary<string, object?>())], token);
            return true;
        },
        cancellationToken).AsTask();

    /// <summary>Whether <c>db.indexes()</c> (3.x) lists <paramref name="description"/>, e.g. <c>INDEX ON :Event(type)</c>.</summary>
    private async Task<bool> HasIndexAsync(string description, CancellationToken cancellationToken)
    {
        var result = (await _runner.RunAsync([Statement("schema/indexes.3")], cancellationToken))[0];
        return result.Rows.Any(r => string.Equals(r[0] as string, description, StringComparison.Ordinal));
    }

    private static ICypherRunner CreateRunner(StoreLocation location, GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(location);
        var uri = location.Uri ?? throw new ArgumentException("The Neo4j store needs a bolt://, neo4j://, http:// or https:// URI.", nameof(location));
        var database = DatabaseOf(uri);
        var name = DisplayNameOf(location);
        return location.Kind switch
        {
            StoreKind.Bolt => new BoltCypherRunner(BoltEndpoint.From(uri), name, options.Username, options.Password, database),
            StoreKind.Http => new HttpCypherRunner(uri, name, options.Username, options.Password, database),
            _ => throw new ArgumentException($"'{name}' is not a Neo4j URI.", nameof(location)),
        };
    }

    private static string DisplayNameOf(StoreLocation location) => location.DisplayName;

    private static string? DatabaseOf(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
        return path.Length == 0 ? null : path;
    }

    private static string GraphOf(StoreLocation location)
    {
        var query = location.Uri?.Query.TrimStart('?') ?? string.Empty;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && string.Equals(pair[0], "graph", StringComparison.Ordinal))
            {
                return Uri.UnescapeDataString(pair[1]);
            }
        }

        return string.Empty;
    }

    private async Task WriteBatchAsync(List<DocumentExtraction> batch, CancellationToken cancellationToken)
    {
        try
        {
            await Locked(ct => _retry.ExecuteAsync(async token =>
            {
                await _writer.WriteAsync(_runner, batch, token);
                return true;
            }, ct).AsTask(), cancellationToken);
        }
        catch (StoreException) when (batch.Count > 1)
        {
            // Find the document the server refused: the ones before it are written, it and the rest are not.
            foreach (var document in batch)
            {
                await WriteBatchAsync([document], cancellationToken);
            }
        }
        catch (StoreException e) when (!e.IsTransient)
        {
            throw new StoreException($"{DisplayName}: document '{batch[0].Document.Id}' was not written: {e.Message}", e);
        }
    }

    private async Task<IReadOnlyList<Event>> FindAsync(EventFilter filter, LocalDate? asOf, CancellationToken cancellationToken)
    {
        var parameters = new (string, object?)[]
        {
            ("graph", _graph),
            ("types", filter.Types.IsDefaultOrEmpty ? null : filter.Types.Select(t => t.ToWire()).ToList()),
            ("modalities", filter.Modalities.IsDefaultOrEmpty ? null : filter.Modalities.Select(m => m.ToWire()).ToList()),
            ("minConfidence", filter.MinConfidence),
            ("from", filter.From is { } from ? GraphValues.EpochDay(from) : null),
            ("to", filter.To is { } to ? GraphValues.EpochDay(to) : null),
            ("includeUndated", filter.IncludeUndated && filter.From is null && filter.To is null && asOf is null),
            ("actors", filter.Actors.IsDefaultOrEmpty ? null : filter.Actors.Select(a => a.Value).ToList()),
            ("first", filter.Between?.First.Value),
            ("second", filter.Between?.Second.Value),
            ("source", filter.Source is { } source ? GraphValues.Key(source) : null),
            ("asOf", asOf is { } day ? GraphValues.EpochDay(day) : null),
            ("limit", filter.Limit is { } limit ? (long)limit : null),
        };
        var query = "read/find_events";
        if (filter.From is not null || filter.To is not null || asOf is not null)
        {
            // A window: a range seek on Event(startDay), bounded below by $from minus the graph's longest event span.
            var span = (await _runner.RunAsync([Statement("read/graph_span", ("graph", _graph))], cancellationToken))[0];
            if (span.Rows.Count > 0 && span.Rows[0][0] is not null)
            {
                var high = Math.Min(filter.To is { } last ? GraphValues.EpochDay(last) : LastDay, asOf is { } known ? GraphValues.EpochDay(known) : LastDay);
                var low = filter.From is { } first ? GraphValues.EpochDay(first) - GraphValues.ToLong(span.Rows[0][0]) : FirstDay;
                parameters = [.. parameters, ("low", low), ("high", high)];
                query = "read/find_events_window";
            }
        }

        var result = (await _runner.RunAsync([Statement(query, parameters)], cancellationToken))[0];
        var events = result.Rows.Select(r => GraphValues.ReadEvent(
            (Dictionary<string, object?>)r[0]!, r[1] as List<object?> ?? [], r[2] as List<object?> ?? [])).ToList();

        // The query orders the same way; sorting again keeps the order exact whatever the server's collation.
        return [.. events.Order(TimelineOrder.Instance)];
    }

    private async Task<IReadOnlyList<ActorSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var result = (await _runner.RunAsync([Statement("read/list_actors", ("graph", _graph))], cancellationToken))[0];
        return result.Rows.Select(r => new ActorSummary(
            GraphValues.ReadActor(r, 0, 1, 2, 3),
            GraphValues.ToLong(r[4]),
            GraphValues.ToLong(r[5]),
            r[6] is null ? null : GraphValues.FromEpochDay(GraphValues.ToLong(r[6])),
            r[7] is null ? null : GraphValues.FromEpochDay(GraphValues.ToLong(r[7])))).ToArray();
    }

    private async Task<GraphSnapshot> SnapshotAsync(SnapshotWindow window, CancellationToken cancellationToken)
    {
        if (window.From is null && window.To is null && window.AsOf is null)
        {
            var everything = await _runner.RunAsync(
                [
                    Statement("read/documents", ("graph", _graph), ("documents", null)),
                    Statement("read/list_actors", ("graph", _graph)),
                    Statement("read/relations", ("graph", _graph), ("end", null)),
                ],
                cancellationToken);
            var allEvents = await FindAsync(EventFilter.All, null, cancellationToken);
            return new GraphSnapshot(
                [.. everything[0].Rows.Select(r => GraphValues.ReadDocument((Dictionary<string, object?>)r[0]!))],
                [.. everything[1].Rows.Select(r => GraphValues.ReadActor(r, 0, 1, 2, 3))],
                [.. everything[2].Rows.Select(GraphValues.ReadRelation).Order(SnapshotOrder.Relations)],
                [.. allEvents]);
        }

        var filter = EventFilter.All with { From = window.From, To = window.To, IncludeUndated = false };
        var events = window.AsOf is { } asOf ? await AsKnownOnAsync(filter, asOf, cancellationToken) : await FindAsync(filter, null, cancellationToken);
        var actorIds = events.SelectMany(e => e.Participants).Select(p => p.Actor.Value).ToHashSet(StringComparer.Ordinal);
        LocalDate? end = (window.To, window.AsOf) switch
        {
            ({ } to, { } day) => LocalDate.Min(to, day),
            (var to, var day) => to ?? day,
        };
        var relationRows = (await _runner.RunAsync(
            [Statement("read/relations", ("graph", _graph), ("end", end is { } e ? GraphValues.EpochDay(e) : null))], cancellationToken))[0];
        var relations = relationRows.Rows.Select(GraphValues.ReadRelation)
            .Where(r => actorIds.Contains(r.Source.Value) && actorIds.Contains(r.Target.Value))
            .Order(SnapshotOrder.Relations).ToImmutableArray();
        var documentIds = events.SelectMany(e => e.Mentions).Select(m => m.Document.Value)
            .Concat(relations.Select(r => r.Evidence.Document.Value))
            .Distinct(StringComparer.Ordinal).Select(id => GraphValues.Uid(_graph, id)).ToList();
        var rest = await _runner.RunAsync(
            [
                Statement("read/documents", ("graph", _graph), ("documents", documentIds)),
                Statement("read/actors_by_id", ("actors", actorIds.Select(id => GraphValues.Uid(_graph, id)).ToList())),
            ],
            cancellationToken);
        return new GraphSnapshot(
            [.. rest[0].Rows.Select(r => GraphValues.ReadDocument((Dictionary<string, object?>)r[0]!))],
            [.. rest[1].Rows.Select(r => GraphValues.ReadActor(r, 0, 1, 2, 3)).OrderBy(a => a.Id.Value, StringComparer.Ordinal)],
            relations,
            [.. events]);
    }

    /// <summary>The events as known on <paramref name="asOf"/>: re-merged from the reports published by then.</summary>
    private async Task<IReadOnlyList<Event>> AsKnownOnAsync(EventFilter filter, LocalDate asOf, CancellationToken cancellationToken)
    {
        var candidates = await FindAsync(filter, asOf, cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var result = (await _runner.RunAsync(
            [Statement("read/event_reports", ("events", candidates.Select(e => GraphValues.Uid(_graph, e.Id.Value)).ToList()), ("asOf", GraphValues.EpochDay(asOf)))],
            cancellationToken))[0];
        var merged = new List<Event>();
        foreach (var group in result.Rows.GroupBy(r => (string)r[0]!, StringComparer.Ordinal))
        {
            var reports = group.Select(r => GraphValues.ReadReport(group.Key, (string)r[1]!, (Dictionary<string, object?>)r[2]!, r[3] as List<object?> ?? []))
                .Where(r => r.Mentions.Length > 0).ToList();
            if (reports.Count == 0)
            {
                continue;
            }

            var known = EventAggregation.Merge(reports);
            if (known.Time is { } time && time.Start <= asOf
                && (filter.From is not { } from || time.End >= from) && (filter.To is not { } to || time.Start <= to))
            {
                merged.Add(known);
            }
        }

        return [.. merged.Order(TimelineOrder.Instance)];
    }

    private CypherStatement Statement(string file, params (string Name, object? Value)[] parameters)
    {
        var map = new Dictionary<string, object?>(parameters.Length, StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value;
        }

        return new CypherStatement(CypherQueries.Get(file), map);
    }

    private async Task<T> Locked<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await action(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
