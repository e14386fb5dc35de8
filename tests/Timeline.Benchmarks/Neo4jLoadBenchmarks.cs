using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Timeline.Core.Extraction;
using Timeline.Storage;
using Timeline.Storage.Neo4j;

namespace Timeline.Benchmarks;

/// <summary>Loads 100,000 synthetic events (10,000 documents) into an empty Neo4j graph, per transport and batch size.
/// Needs a server: NEO4J_BENCH_BOLT_URI / NEO4J_BENCH_HTTP_URI (default: the test server of
/// scripts/neo4j-test-server.sh on 17687/17474) and NEO4J_USERNAME / NEO4J_PASSWORD. events/s = 100,000 / Mean.
/// NEO4J_BENCH_DOCUMENTS (default 10,000, ten events each) scales the corpus for a smoke run.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*Neo4jLoad*'</c>.</remarks>
[Config(typeof(LoadConfig))]
public class Neo4jLoadBenchmarks : IDisposable
{
    private IReadOnlyList<DocumentExtraction> _documents = [];
    private Neo4jGraphStore? _store;

    [Params("bolt", "http")]
    public string Transport { get; set; } = "bolt";

    [Params(200, 1000)]
    public int BatchDocuments { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        var documents = int.TryParse(Environment.GetEnvironmentVariable("NEO4J_BENCH_DOCUMENTS"), System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 10_000;
        _documents = SyntheticNews.Generate(documents);
        var uri = Transport == "bolt"
            ? Environment.GetEnvironmentVariable("NEO4J_BENCH_BOLT_URI") ?? "bolt://127.0.0.1:17687"
            : Environment.GetEnvironmentVariable("NEO4J_BENCH_HTTP_URI") ?? "http://127.0.0.1:17474";
        var credentials = new GraphStoreOptions
        {
            Username = Environment.GetEnvironmentVariable("NEO4J_USERNAME"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
        _store = new Neo4jGraphStore(
            StoreLocation.Parse(uri.TrimEnd('/') + "/?graph=benchmark"),
            credentials,
            new Neo4jStoreOptions { BatchDocuments = BatchDocuments, BatchEvents = BatchDocuments * 10 });
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void Empty() => _store!.DeleteGraphAsync(CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark]
    public Task Load_100k_events() => _store!.WriteAsync(_documents, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => _store!.DeleteGraphAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>In-process (a separate build times out on a busy 2-core machine), one cold load per iteration.</summary>
    private sealed class LoadConfig : ManualConfig
    {
        public LoadConfig() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(3));
    }

    public void Dispose()
    {
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store = null;
        GC.SuppressFinalize(this);
    }
}
