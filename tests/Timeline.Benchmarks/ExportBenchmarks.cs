using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Export;

namespace Timeline.Benchmarks;

/// <summary>Exports a synthetic snapshot with <see cref="Edges"/> PARTICIPATES_IN edges (two participants per event,
/// 2,000 actors, 1,000 documents, one mention per event) to <see cref="Stream.Null"/>.
/// <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter *ExportBenchmarks* --job short</c>.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private GraphSnapshot _snapshot = new([], [], [], []);

    [Params(100_000)]
    public int Edges { get; set; }

    [Params("graphml", "gexf", "json", "cypher", "csv", "dot")]
    public string Format { get; set; } = "graphml";

    [GlobalSetup]
    public void Setup()
    {
        const int actorCount = 2_000;
        const int documentCount = 1_000;
        var actors = Enumerable.Range(0, actorCount)
            .Select(i => new Actor(new ActorId("actor-" + i.ToString("D5", CultureInfo.InvariantCulture)), "Actor " + i.ToString(CultureInfo.InvariantCulture), ActorKind.Person, []))
            .ToImmutableArray();
        var documents = Enumerable.Range(0, documentCount)
            .Select(i => new DocumentInfo(
                new DocumentId("doc-" + i.ToString(CultureInfo.InvariantCulture)), "Title " + i.ToString(CultureInfo.InvariantCulture), Language.English,
                new LocalDateTime(2024, 1, 1, 8, 0).PlusHours(i).WithOffset(Offset.Zero), "wire", null, "bench"))
            .ToImmutableArray();
        var start = new LocalDate(2020, 1, 1);
        var sentence = "The first minister met the second minister in the capital on Tuesday to discuss the talks.";
        var events = ImmutableArray.CreateBuilder<Event>(Edges / 2);
        for (var i = 0; i < Edges / 2; i++)
        {
            var source = actors[i % actorCount].Id;
            var target = actors[(i * 7 + 1) % actorCount].Id;
            var day = start.PlusDays(i % 1_500);
            var document = documents[i % documentCount].Id;
            events.Add(new Event(
                new EventId("ev-" + i.ToString("x16", CultureInfo.InvariantCulture)),
                (EventType)(i % 17),
                i % 3 == 0 ? "meeting" : null,
                Modality.Asserted,
                EventTime.Day(day),
                [new Participant(source, ParticipantRole.Source), new Participant(target, ParticipantRole.Target)],
                0.8,
                [new EventMention(document, new TextSpan(0, sentence.Length), sentence, "met", new TextSpan(20, 23), Modality.Asserted, 0.8, null)]));
        }

        var relations = Enumerable.Range(0, actorCount / 2)
            .Select(i => new Relation(actors[i].Id, RelationType.HoldsRole, actors[actorCount - 1 - i].Id, "Minister", start, new Evidence(documents[0].Id, new TextSpan(0, 10))))
            .ToImmutableArray();
        _snapshot = new GraphSnapshot(documents, actors, relations, events.MoveToImmutable());
    }

    [Benchmark]
    public Task Export() =>
        ExporterRegistry.Get(Format).WriteAsync(_snapshot, Stream.Null, ExportOptions.Default, CancellationToken.None);
}
