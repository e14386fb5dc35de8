using Timeline.Core.Events;
using Timeline.Storage.Neo4j;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>A graph written by an earlier version (reports and actor mentions as relationships of their own, unused
/// indexes) is moved to the current layout on first use. Not run in parallel with other tests: every store's
/// initialisation migrates every graph of the database, so other tests would migrate this one while it is being set up.</summary>
[Collection(Neo4jUpgradeCollection.Name)]
public sealed class Neo4jUpgradeTests
{
    [SkippableTheory]
    [InlineData(StoreKind.Http)]
    [InlineData(StoreKind.Bolt)]
    public async Task A_graph_in_the_earlier_layout_is_moved_to_the_current_one_on_first_use_and_answers_the_same(StoreKind kind)
    {
        var graph = "test-legacy-" + kind;
        var location = StoreLocation.Parse($"{Neo4jTestServer.Require(kind).TrimEnd('/')}/?graph={graph}");
        var parameters = new Dictionary<string, object?> { ["graph"] = graph };
        var window = new SnapshotWindow(null, null, new(2022, 2, 2));
        var documents = Articles.All();
        await using var runner = Runner(kind);
        await runner.ConnectAsync(CancellationToken.None);
        (StoreStatistics Statistics, Event[] Events, ActorSummary[] Actors, Event[] AsOf) expected;
        await using (var current = new Neo4jGraphStore(location, Neo4jTestServer.Credentials))
        {
            await current.InitializeAsync(CancellationToken.None);
            await current.DeleteGraphAsync(CancellationToken.None);
            await current.WriteAsync(documents, CancellationToken.None);
            expected = await AnswersAsync(current, window);
        }

        // Back to the layout of earlier versions: reports and actor mentions as relationships, an index on Event(type).
        await runner.RunAsync([new CypherStatement("CREATE INDEX ON :Event(type)", new Dictionary<string, object?>())], CancellationToken.None);
        await runner.RunAsync(
            [
                new CypherStatement(
                    """
                    MATCH (e:Event)-[m:MENTIONED_IN]->(d:Document) WHERE e.graph = $graph
                    WITH e, d, collect(m) AS mentions
                    WITH e, d, mentions, head(mentions) AS r
                    CREATE (e)-[o:REPORTED_IN]->(d)
                    SET o.type = r.reportType, o.mode = r.reportMode, o.startDay = r.reportStartDay, o.endDay = r.reportEndDay,
                        o.granularity = r.reportGranularity, o.value = r.reportValue, o.confidence = r.reportConfidence,
                        o.participants = r.reportParticipants
                    FOREACH (m IN mentions | REMOVE m.reportType, m.reportMode, m.reportStartDay, m.reportEndDay,
                        m.reportGranularity, m.reportValue, m.reportConfidence, m.reportParticipants)
                    """,
                    parameters),
                new CypherStatement(
                    """
                    MATCH (a:Actor)-[l:LISTED_IN]->(d:Document) WHERE a.graph = $graph AND l.mentionBegins IS NOT NULL
                    FOREACH (i IN range(0, size(l.mentionBegins) - 1) | CREATE (a)-[:MENTIONED_IN {begin: l.mentionBegins[i],
                        end: l.mentionEnds[i], text: l.mentionTexts[i], kind: l.mentionKinds[i]}]->(d))
                    REMOVE l.mentionBegins, l.mentionEnds, l.mentionTexts, l.mentionKinds
                    """,
                    parameters),
            ],
            CancellationToken.None);
        const string Legacy = """
            MATCH (n)-[r]->(d:Document) WHERE n.graph = $graph AND (type(r) = 'REPORTED_IN' OR (n:Actor AND type(r) = 'MENTIONED_IN'))
            RETURN count(r)
            """;
        Assert.True((long)(await runner.RunAsync([new CypherStatement(Legacy, parameters)], CancellationToken.None))[0].Rows[0][0]! > 0);

        await using var upgraded = new Neo4jGraphStore(location, Neo4jTestServer.Credentials);
        await upgraded.InitializeAsync(CancellationToken.None);

        Assert.Equal(0L, (await runner.RunAsync([new CypherStatement(Legacy, parameters)], CancellationToken.None))[0].Rows[0][0]);
        var indexes = await runner.RunAsync([new CypherStatement("CALL db.indexes() YIELD description RETURN description", new Dictionary<string, object?>())], CancellationToken.None);
        Assert.DoesNotContain(indexes[0].Rows, r => r[0] is "INDEX ON :Event(type)");
        AssertSameAnswers(expected, await AnswersAsync(upgraded, window));
        await upgraded.WriteAsync(documents, CancellationToken.None);
        AssertSameAnswers(expected, await AnswersAsync(upgraded, window));
        await upgraded.DeleteGraphAsync(CancellationToken.None);
    }

    private static ICypherRunner Runner(StoreKind kind)
    {
        var uri = new Uri(Neo4jTestServer.Require(kind));
        var credentials = Neo4jTestServer.Credentials;
        return kind == StoreKind.Http
            ? new Storage.Neo4j.Http.HttpCypherRunner(uri, "test", credentials.Username, credentials.Password, null)
            : new Storage.Neo4j.Bolt.BoltCypherRunner(Storage.Neo4j.Bolt.BoltEndpoint.From(uri), "test", credentials.Username, credentials.Password, null);
    }

    private static void AssertSameAnswers(
        (StoreStatistics Statistics, Event[] Events, ActorSummary[] Actors, Event[] AsOf) expected,
        (StoreStatistics Statistics, Event[] Events, ActorSummary[] Actors, Event[] AsOf) actual)
    {
        Assert.Equal(expected.Statistics, actual.Statistics);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Actors, actual.Actors);
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.NotEmpty(actual.AsOf);
    }

    private static async Task<(StoreStatistics Statistics, Event[] Events, ActorSummary[] Actors, Event[] AsOf)> AnswersAsync(
        Neo4jGraphStore store, SnapshotWindow asOf) =>
        (await store.GetStatisticsAsync(CancellationToken.None),
            [.. await store.FindEventsAsync(EventFilter.All, CancellationToken.None)],
            [.. await store.ListActorsAsync(CancellationToken.None)],
            [.. (await store.LoadSnapshotAsync(asOf, CancellationToken.None)).Events]);
}
