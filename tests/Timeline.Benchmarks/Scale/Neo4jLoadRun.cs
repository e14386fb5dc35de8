using System.Diagnostics;
using System.Globalization;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Neo4j.Bolt;
using Timeline.Storage.Neo4j.Http;

namespace Timeline.Benchmarks.Scale;

/// <summary>One cold load of synthetic documents (ten events each) into an empty Neo4j graph, with wall time, this
/// process's CPU time and, when <c>NEO4J_BENCH_SERVER_PID</c> names the server's JVM, the server's CPU time.
/// <c>--profile</c> runs each statement of a batch on its own round trip and prints where the time went.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- neo4j-load bolt 10000 1000 [--profile]</c>
/// with NEO4J_BENCH_BOLT_URI / NEO4J_BENCH_HTTP_URI (default: the test server on 17687/17474) and
/// NEO4J_USERNAME / NEO4J_PASSWORD.</remarks>
internal static class Neo4jLoadRun
{
    public static async Task<int> RunAsync(string transport, int documents, int batchDocuments, bool profile)
    {
        var corpus = SyntheticNews.Generate(documents);
        var events = corpus.Sum(d => d.Events.Length);
        var uri = new Uri(transport == "bolt"
            ? Environment.GetEnvironmentVariable("NEO4J_BENCH_BOLT_URI") ?? "bolt://127.0.0.1:17687"
            : Environment.GetEnvironmentVariable("NEO4J_BENCH_HTTP_URI") ?? "http://127.0.0.1:17474");
        var (user, password) = (Environment.GetEnvironmentVariable("NEO4J_USERNAME"), Environment.GetEnvironmentVariable("NEO4J_PASSWORD"));
        ICypherRunner runner = transport == "bolt"
            ? new BoltCypherRunner(BoltEndpoint.From(uri), uri.ToString(), user, password, null)
            : new HttpCypherRunner(uri, uri.ToString(), user, password, null);
        var timing = new TimingRunner(runner, profile);
        await using var store = new Neo4jGraphStore(
            timing, uri.ToString(), "load-benchmark", new Neo4jStoreOptions { BatchDocuments = batchDocuments, BatchEvents = batchDocuments * 10 });
        await store.InitializeAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);
        timing.Reset();

        GC.Collect();
        var serverPid = int.TryParse(Environment.GetEnvironmentVariable("NEO4J_BENCH_SERVER_PID"), CultureInfo.InvariantCulture, out var pid) ? pid : 0;
        var serverBefore = ServerCpu(serverPid);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await store.WriteAsync(corpus, CancellationToken.None);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var serverCpu = ServerCpu(serverPid) - serverBefore;
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            transport      {transport}, {documents} documents per load, {batchDocuments} per transaction{(profile ? " (profiled: one round trip per statement)" : string.Empty)}
            events         {events}
            wall           {clock.Elapsed.TotalSeconds:0.00} s -> {events / clock.Elapsed.TotalSeconds:0} events/s
            client CPU     {cpu.TotalSeconds:0.00} s
            server CPU     {(serverPid == 0 ? "(NEO4J_BENCH_SERVER_PID not set)" : serverCpu.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture))}
            CPU total      {(cpu + serverCpu).TotalSeconds:0.00} s -> {events / (cpu + serverCpu).TotalSeconds:0} events per CPU second
            stored         {statistics}
            """));
        timing.Print(Console.Out);
        await store.DeleteGraphAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>utime + stime of a process from /proc (Linux), or zero.</summary>
    private static TimeSpan ServerCpu(int pid)
    {
        if (pid == 0 || !File.Exists($"/proc/{pid}/stat"))
        {
            return TimeSpan.Zero;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Sums wall time per statement (named by its first line) around a real runner.</summary>
    private sealed class TimingRunner(ICypherRunner inner, bool split) : ICypherRunner
    {
        private readonly Dictionary<string, (int Calls, TimeSpan Time)> _times = new(StringComparer.Ordinal);

        /// <summary>NEO4J_BENCH_DUMP=FILE: every request of the load as one JSON line in the HTTP API's form
        /// (<c>{"statements": [{"statement", "parameters"}]}</c>; a commit is <c>{"commit": true}</c>), for replaying
        /// it with PROFILE (scripts/neo4j-profile-replay.py).</summary>
        private readonly StreamWriter? _dump = Environment.GetEnvironmentVariable("NEO4J_BENCH_DUMP") is { Length: > 0 } file ? new StreamWriter(file) : null;

        public void Dump(IReadOnlyList<CypherStatement>? statements)
        {
            if (_dump is null)
            {
                return;
            }

            object line = statements is null
                ? new Dictionary<string, object?> { ["commit"] = true }
                : new Dictionary<string, object?> { ["statements"] = statements.Select(s => new Dictionary<string, object?> { ["statement"] = s.Text, ["parameters"] = s.Parameters }).ToList() };
            _dump.WriteLine(System.Text.Json.JsonSerializer.Serialize(line));
            _dump.Flush();
        }

        public void Reset() => _times.Clear();

        public void Print(TextWriter output)
        {
            foreach (var (name, (calls, time)) in _times.OrderByDescending(t => t.Value.Time))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {time.TotalSeconds,8:0.00} s {calls,6} x  {name}"));
            }
        }

        public Task<string> ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

        public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
            TimeAsync(statements, () => inner.RunAsync(statements, cancellationToken));

        public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var transaction = await inner.BeginAsync(cancellationToken);
            Add("BEGIN", clock.Elapsed);
            return new TimingTransaction(this, transaction);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();

        private async Task<IReadOnlyList<CypherResult>> TimeAsync(IReadOnlyList<CypherStatement> statements, Func<Task<IReadOnlyList<CypherResult>>> run)
        {
            var clock = Stopwatch.StartNew();
            var result = await run();
            Add(string.Join(" + ", statements.Select(Name)), clock.Elapsed);
            return result;
        }

        private void Add(string name, TimeSpan time)
        {
            var (calls, total) = _times.GetValueOrDefault(name);
            _times[name] = (calls + 1, total + time);
        }

        /// <summary>The cypher/ file of each statement text (e.g. <c>write/create_listings</c>).</summary>
        private static readonly Dictionary<string, string> Files = typeof(CypherQueries).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("Timeline.Storage.Cypher.", StringComparison.Ordinal) && r.EndsWith(".cypher", StringComparison.Ordinal))
            .Select(r => r["Timeline.Storage.Cypher.".Length..^".cypher".Length])
            .Select(r => r[..r.IndexOf('.', StringComparison.Ordinal)] + "/" + r[(r.IndexOf('.', StringComparison.Ordinal) + 1)..])
            .GroupBy(CypherQueries.Get, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private static string Name(CypherStatement statement) =>
            Files.TryGetValue(statement.Text, out var file) ? file : statement.Text.Split('\n')[0];

        private sealed class TimingTransaction(TimingRunner owner, ICypherTransaction inner) : ICypherTransaction
        {
            public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
            {
                owner.Dump(statements);
                if (!owner.SplitStatements)
                {
                    return await owner.TimeAsync(statements, () => inner.RunAsync(statements, cancellationToken));
                }

                var results = new List<CypherResult>();
                foreach (var statement in statements)
                {
                    results.AddRange(await owner.TimeAsync([statement], () => inner.RunAsync([statement], cancellationToken)));
                }

                return results;
            }

            public async Task CommitAsync(CancellationToken cancellationToken)
            {
                owner.Dump(null);
                var clock = Stopwatch.StartNew();
                await inner.CommitAsync(cancellationToken);
                owner.Add("COMMIT", clock.Elapsed);
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }

        private bool SplitStatements => split;
    }
}
