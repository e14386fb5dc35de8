using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Benchmarks;

/// <summary>Writes 100,000 synthetic events (10,000 articles of 10 events among a cast of 6 actors, 2 participants and
/// 2 actor mentions per event, one relation per article) into a new embedded store with one
/// <see cref="IGraphStore.WriteAsync"/> call. Events per second = Events / mean.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*IngestBenchmarks*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class IngestBenchmarks : IAsyncDisposable
{
    private IReadOnlyList<DocumentExtraction> _documents = [];
    private string _directory = string.Empty;
    private IGraphStore? _store;
    private int _iteration;

    [Params(100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = CreateCorpus(Events);
        _directory = Path.Combine(Path.GetTempPath(), $"timeline-ingest-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(_directory);
    }

    [IterationSetup]
    public void CreateStore()
    {
        _store = new SqliteGraphStore(Path.Combine(_directory, $"ingest-{++_iteration}.db"));
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<StoreStatistics> WriteEvents()
    {
        await _store!.WriteAsync(_documents, CancellationToken.None);
        return await _store.GetStatisticsAsync(CancellationToken.None);
    }

    [IterationCleanup]
    public void DisposeStore() => _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A deterministic synthetic corpus: <paramref name="events"/> events in articles of
    /// <paramref name="eventsPerDocument"/>; each article has a cast of 6 of <paramref name="actors"/> actors, and every
    /// tenth article has the hub actor (<c>actor-hub</c>) in its cast; dates spread over ten years from 2015, every fifth
    /// event a week long. <paramref name="firstEvent"/> (a multiple of <paramref name="eventsPerDocument"/>) continues an
    /// earlier corpus, for building large stores in chunks.</summary>
    internal static IReadOnlyList<DocumentExtraction> CreateCorpus(int events, int eventsPerDocument = 10, int actors = 5_000, int firstEvent = 0)
    {
        var documents = new List<DocumentExtraction>(events / eventsPerDocument);
        var epoch = new LocalDate(2015, 1, 1);
        var published = new LocalDateTime(2025, 1, 1, 12, 0).WithOffset(Offset.FromHours(1));
        var types = Enum.GetValues<EventType>();
        var end = firstEvent + events;
        for (var d = firstEvent / eventsPerDocument; d * eventsPerDocument < end; d++)
        {
            var id = new DocumentId("doc-" + d.ToString("D7", CultureInfo.InvariantCulture));
            var text = new System.Text.StringBuilder();
            var mentions = ImmutableArray.CreateBuilder<Mention>();
            var reports = ImmutableArray.CreateBuilder<Event>();
            var listed = new SortedDictionary<string, Actor>(StringComparer.Ordinal);
            var cast = Enumerable.Range(0, 6).Select(c => ActorName((int)(((d * 31L) + (c * 977L)) % actors))).ToArray();
            if (d % 10 == 0)
            {
                cast[5] = "actor-hub";
            }
            for (var j = 0; j < eventsPerDocument && (d * eventsPerDocument) + j < end; j++)
            {
                var k = (d * eventsPerDocument) + j;
                var source = cast[j % cast.Length];
                var target = cast[(j + 1 + (j / cast.Length % (cast.Length - 1))) % cast.Length];

                var start = epoch.PlusDays((int)((k * 37L) % 3650));
                var time = k % 5 == 0 ? new EventTime(start, start.PlusDays(6), Granularity.Week, "week") : EventTime.Day(start);
                var sentenceBegin = text.Length;
                var sourceBegin = sentenceBegin;
                text.Append(source).Append(" traf ");
                var targetBegin = text.Length;
                text.Append(target).Append(" zu Gesprächen über die Lage in der Region. ");
                var sentence = new TextSpan(sentenceBegin, text.Length - 1);
                mentions.Add(new Mention(new TextSpan(sourceBegin, sourceBegin + source.Length), source, new ActorId(source), ActorKind.Country));
                mentions.Add(new Mention(new TextSpan(targetBegin, targetBegin + target.Length), target, new ActorId(target), ActorKind.Country));
                listed[source] = new Actor(new ActorId(source), source, ActorKind.Country, []);
                listed[target] = new Actor(new ActorId(target), target, ActorKind.Country, []);
                var type = types[k % types.Length];
                var participants = ImmutableArray.Create(
                    new Participant(new ActorId(source), ParticipantRole.Source), new Participant(new ActorId(target), ParticipantRole.Target));
                var confidence = 0.5 + (k % 50 / 100.0);
                var mention = new EventMention(id, sentence, text.ToString(sentence.Begin, sentence.Length), "traf",
                    new TextSpan(sourceBegin + source.Length + 1, sourceBegin + source.Length + 5), Modality.Asserted, confidence, null);
                reports.Add(new Event(EventIdentity.For(type, [new ActorId(source), new ActorId(target)], time, id, sentenceBegin),
                    type, "meeting", Modality.Asserted, time, participants, confidence, [mention]));
            }

            var first = listed.Keys.First();
            var last = listed.Keys.Last();
            var relation = new Relation(new ActorId(first), RelationType.MemberOf, new ActorId(last), null, published.Date,
                new Evidence(id, new TextSpan(0, first.Length)));
            var info = new DocumentInfo(id, "Synthetic article " + d.ToString(CultureInfo.InvariantCulture), Language.German, published,
                "synthetic", null, id.Value + ".txt");
            documents.Add(new DocumentExtraction(new Document(info, text.ToString()), [], mentions.ToImmutable(), [.. listed.Values],
                [relation], reports.ToImmutable()));
        }

        return documents;
    }

    internal static string ActorName(int index) => "actor-" + index.ToString("D5", CultureInfo.InvariantCulture);
}
