using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NodaTime;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Sqlite;
using Timeline.Storage.Tests.Sqlite;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Date windows (<c>--from</c>/<c>--to</c>, as-of snapshots) start from a range seek on <c>Event(startDay)</c>
/// bounded by the graph's longest event span (cypher/read/find_events_window), and answer as the embedded store.</summary>
public sealed class Neo4jWindowQueryTests
{
    [SkippableTheory]
    [InlineData(StoreKind.Http)]
    [InlineData(StoreKind.Bolt)]
    public async Task A_window_finds_a_long_event_that_began_before_it_exactly_as_the_embedded_store(StoreKind kind)
    {
        await using var neo4j = await Neo4jTestServer.NewStoreAsync(kind, "window");
        using var directory = new TemporaryDirectory();
        await using var sqlite = new SqliteGraphStore(directory.File("window.db"));
        await sqlite.InitializeAsync(CancellationToken.None);
        var documents = Articles.All();
        await neo4j.WriteAsync(documents, CancellationToken.None);
        await sqlite.WriteAsync(documents, CancellationToken.None);

        // The week of talks (2022-01-31 to 2022-02-06) starts six days before the first window.
        var windows = new (LocalDate? From, LocalDate? To)[]
        {
            (new(2022, 2, 6), new(2022, 2, 10)),
            (new(2022, 2, 1), null),
            (null, new(2022, 1, 30)),
            (new(2022, 1, 30), new(2022, 2, 4)),
            (new(2023, 1, 1), null),
        };
        foreach (var (from, to) in windows)
        {
            var filter = EventFilter.All with { From = from, To = to };
            var expected = await sqlite.FindEventsAsync(filter, CancellationToken.None);
            Assert.Equal(expected, await neo4j.FindEventsAsync(filter, CancellationToken.None));
        }

        var week = Assert.Single(await neo4j.FindEventsAsync(EventFilter.All with { From = new(2022, 2, 6), To = new(2022, 2, 10) }, CancellationToken.None));
        Assert.Equal(new LocalDate(2022, 1, 31), week.Time!.Start);
        await neo4j.DeleteGraphAsync(CancellationToken.None);
    }

    [SkippableFact]
    public async Task The_window_query_plan_starts_with_a_range_seek_on_the_start_day_index()
    {
        var uri = Neo4jTestServer.Require(StoreKind.Http);
        await using (var store = await Neo4jTestServer.NewStoreAsync(StoreKind.Http, "plan"))
        {
            // Creates the schema (Event(startDay) among it).
        }

        var parameters = new Dictionary<string, object?>
        {
            ["graph"] = "plan", ["types"] = null, ["modalities"] = null, ["minConfidence"] = 0.0, ["from"] = 19024L, ["to"] = 19051L,
            ["actors"] = null, ["first"] = null, ["second"] = null, ["source"] = null, ["asOf"] = null, ["limit"] = null,
            ["low"] = 19000L, ["high"] = 19051L,
        };
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["statements"] = new[] { new Dictionary<string, object?> { ["statement"] = "EXPLAIN " + CypherQueries.Get("read/find_events_window"), ["parameters"] = parameters } },
        });
        using var client = new HttpClient();
        var credentials = Neo4jTestServer.Credentials;
        if (credentials.Username is { } user)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{credentials.Password}")));
        }

        // The 3.x transactional endpoint (the test server is Neo4j 3.1.1).
        using var response = await client.PostAsync(
            new Uri(new Uri(uri), "/db/data/transaction/commit"), new StringContent(body, Encoding.UTF8, "application/json"));
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(answer.RootElement.GetProperty("errors").EnumerateArray());
        var operators = PlanOperators.Of(answer);

        var seek = Assert.Single(operators, o => o.Operator == "NodeIndexSeekByRange");
        Assert.Contains(":Event(startDay)", seek.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(operators, o => o.Operator is "NodeByLabelScan" or "AllNodesScan" or "NodeIndexScan" or "NodeIndexSeek");
    }
}
