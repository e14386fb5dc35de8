using BenchmarkDotNet.Attributes;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Benchmarks;

/// <summary>Timeline queries on an embedded store holding <see cref="Events"/> synthetic events (the corpus of
/// <see cref="IngestBenchmarks.CreateCorpus"/>: 5,000 actors, about 400 events each, plus a hub actor in about 3% of
/// the events).</summary>
/// <remarks>
/// The store is built once per size into the temp folder (<c>timeline-query-bench-{Events}.db</c>) and reused by later
/// runs, because building 1,000,000 events takes minutes. Run:
/// <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*QueryBenchmarks*' --job short</c>.
/// </remarks>
[MemoryDiagnoser]
public class QueryBenchmarks : IAsyncDisposable
{
    private static readonly ActorId Actor = new(IngestBenchmarks.ActorName(42));
    private static readonly ActorId Other = new(IngestBenchmarks.ActorName(42 + 977));
    private IGraphStore? _store;

    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"timeline-query-bench-{Events}.db");
        if (!File.Exists(path))
        {
            Build(path, Events).GetAwaiter().GetResult();
        }

        _store = new SqliteGraphStore(path);
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Every event of one actor, with participants and mentions: the timeline of <c>timeline events --actor</c>.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ActorTimeline() =>
        (await _store!.FindEventsAsync(EventFilter.All with { Actors = [Actor] }, CancellationToken.None)).Count;

    /// <summary>One actor's events in one year.</summary>
    [Benchmark]
    public async Task<int> ActorTimelineInAYear() =>
        (await _store!.FindEventsAsync(
            EventFilter.All with { Actors = [Actor], From = new LocalDate(2019, 1, 1), To = new LocalDate(2019, 12, 31) },
            CancellationToken.None)).Count;

    /// <summary>The events between two actors (a dyad).</summary>
    [Benchmark]
    public async Task<int> DyadTimeline() =>
        (await _store!.FindEventsAsync(EventFilter.All with { Between = (Actor, Other) }, CancellationToken.None)).Count;

    /// <summary>The first 50 events of the hub actor (about 30,000 events), of two types.</summary>
    [Benchmark]
    public async Task<int> HubActorFirst50OfTwoTypes() =>
        (await _store!.FindEventsAsync(
            EventFilter.All with { Actors = [new ActorId("actor-hub")], Types = [EventType.Consult, EventType.Threaten], Limit = 50 },
            CancellationToken.None)).Count;

    [GlobalCleanup]
    public void Cleanup() => _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal static async Task Build(string path, int events)
    {
        // Written under a temporary name and renamed when complete, so an interrupted build is never reused.
        var partial = path + ".partial";
        foreach (var stale in new[] { partial, partial + "-wal", partial + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        await using (var store = new SqliteGraphStore(partial))
        {
            await store.InitializeAsync(CancellationToken.None);
            const int Chunk = 100_000;
            for (var written = 0; written < events; written += Chunk)
            {
                var documents = IngestBenchmarks.CreateCorpus(Math.Min(Chunk, events - written), firstEvent: written);
                await store.WriteAsync(documents, CancellationToken.None);
            }
        }

        File.Move(partial, path);
    }
}
