using System.Globalization;
using NodaTime;
using Timeline.Core.Events;
using Timeline.Query.Actors;
using Timeline.Query.Exploration;
using Timeline.Query.Tests.Fakes;
using Timeline.Query.Timelines;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Query.Tests;

/// <summary>The same questions on the embedded SQLite store give the same answers as on the in-memory store.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes the stores through IAsyncLifetime.DisposeAsync.")]
public sealed class SqliteStoreQueryTests : IAsyncLifetime
{
    private static int _counter;
    private readonly string _path = Path.Combine(
        Path.GetTempPath(),
        "timeline-query-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"
        + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture) + ".db");

    private IGraphStore? _sqlite;
    private InMemoryGraphStore? _memory;

    public async Task InitializeAsync()
    {
        _sqlite = new SqliteGraphStore(_path);
        await _sqlite.InitializeAsync(CancellationToken.None);
        await _sqlite.WriteAsync(SampleNews.Articles(), CancellationToken.None);
        _memory = await SampleNews.StoreAsync();
    }

    public async Task DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }

    public static TheoryData<string> Requests => ["all", "usa-members", "dyad", "dyad-members", "window", "source", "mode", "planned"];

    private static TimelineRequest RequestNamed(string name) => name switch
    {
        "all" => TimelineRequest.All with { GroupBy = Grouping.Week },
        "usa-members" => TimelineRequest.All with { Actors = ["USA"], IncludeMembers = true, GroupBy = Grouping.Month },
        "dyad" => TimelineRequest.All with { Dyad = ("russia", "usa") },
        "dyad-members" => TimelineRequest.All with { Dyad = ("usa", "russia"), IncludeMembers = true, GroupBy = Grouping.Month },
        "window" => TimelineRequest.All with { From = new LocalDate(2024, 3, 9), To = new LocalDate(2024, 3, 11) },
        "source" => TimelineRequest.All with { Source = "tagesschau" },
        "mode" => TimelineRequest.All with { Modes = ["meeting"] },
        "planned" => TimelineRequest.All with { Modalities = [Modality.Planned], Types = [EventType.Consult] },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Describe(TimelineResult result) => string.Join(
        "\n",
        result.Rows.Select(r => string.Join(
            "|", r.Event.Value, r.Start?.ToString() ?? "undated", r.Undated, r.Type, r.Provenance.Document.Value, r.Provenance.Title,
            r.Provenance.Sentence, string.Join(",", r.Participants.Select(p => p.Actor.Value + ":" + p.Role))))
            .Concat(result.Periods.Select(p => p.Label + "=" + p.Total))
            .Concat(result.DyadScores.Select(s => s.Label + "=" + s.Score.ToString(CultureInfo.InvariantCulture))));

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_timeline_request_answers_the_same_on_sqlite(string name)
    {
        var expected = await TimelineQuery.RunAsync(_memory!, RequestNamed(name), CancellationToken.None);
        var actual = await TimelineQuery.RunAsync(_sqlite!, RequestNamed(name), CancellationToken.None);

        Assert.NotEmpty(actual.Rows);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    [Fact]
    public async Task Profile_and_exploration_answer_the_same_on_sqlite()
    {
        var window = SnapshotWindow.Everything;
        var expected = await ActorProfileService.GetAsync(_memory!, "Blinken", window, 5, CancellationToken.None);
        var actual = await ActorProfileService.GetAsync(_sqlite!, "Blinken", window, 5, CancellationToken.None);
        Assert.Equal(
            (expected.Events, expected.FirstSeen, expected.LastSeen, string.Join(",", expected.TopCounterparts), string.Join(",", expected.Roles)),
            (actual.Events, actual.FirstSeen, actual.LastSeen, string.Join(",", actual.TopCounterparts), string.Join(",", actual.Roles)));

        var path = await ExplorationService.PathAsync(_sqlite!, "Annalena Baerbock", "Lawrow", window, CancellationToken.None);
        Assert.Equal(
            string.Join(",", (await ExplorationService.PathAsync(_memory!, "Annalena Baerbock", "Lawrow", window, CancellationToken.None)).Steps),
            string.Join(",", path.Steps));
        var components = await ExplorationService.ComponentsAsync(_sqlite!, window, CancellationToken.None);
        Assert.Equal([9, 2], components.Select(c => c.Members.Length));
    }
}
