using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Sqlite;
using Timeline.Storage.Tests.Sqlite;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>What only a real Neo4j shows: login failures, unreachable servers, TLS, Cypher-hostile values, and equality
/// with the embedded store. Skipped without NEO4J_TEST_HTTP_URI / NEO4J_TEST_BOLT_URI.</summary>
public sealed class Neo4jServerTests
{
    private const string CypherInjection = "x'}) DETACH DELETE n //";

    [SkippableTheory]
    [InlineData(StoreKind.Http)]
    [InlineData(StoreKind.Bolt)]
    public async Task A_wrong_password_is_a_one_line_store_error_that_names_the_store_but_not_the_password(StoreKind kind)
    {
        var uri = Neo4jTestServer.Require(kind);
        await using var store = new Neo4jGraphStore(StoreLocation.Parse(uri), new GraphStoreOptions { Username = "neo4j", Password = "wrong-Pa55word" });

        var error = await Assert.ThrowsAsync<StoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.StartsWith(StoreLocation.Parse(uri).DisplayName + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("Security", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("wrong-Pa55word", error.ToString(), StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData("bolt://127.0.0.1:1")]
    [InlineData("http://127.0.0.1:1")]
    public async Task An_unreachable_server_is_a_one_line_store_error_after_the_retries(string uri)
    {
        await using var store = new Neo4jGraphStore(StoreLocation.Parse(uri), new GraphStoreOptions { Username = "neo4j", Password = "secret-pw" });

        var error = await Assert.ThrowsAsync<StoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.StartsWith(uri + ": cannot reach Neo4j", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("secret-pw", error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Bolt_over_tls_accepts_the_self_signed_certificate_with_ssc()
    {
        var uri = new Uri(Neo4jTestServer.Require(StoreKind.Bolt));
        await using var store = new Neo4jGraphStore(StoreLocation.Parse($"bolt+ssc://{uri.Host}:{uri.Port}/?graph=test-tls"), Neo4jTestServer.Credentials);

        await store.InitializeAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);
        await store.WriteAsync([Articles.Echo()], CancellationToken.None);

        Assert.Single(await store.FindEventsAsync(EventFilter.All, CancellationToken.None));
        // Two actors, the document, the event and the graph node that keeps its longest event span.
        Assert.Equal(5, await store.DeleteGraphAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Bolt_over_tls_with_certificate_checks_refuses_the_self_signed_certificate()
    {
        var uri = new Uri(Neo4jTestServer.Require(StoreKind.Bolt));
        await using var store = new Neo4jGraphStore(StoreLocation.Parse($"bolt+s://{uri.Host}:{uri.Port}"), Neo4jTestServer.Credentials);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("cannot reach Neo4j", error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(StoreKind.Http)]
    [InlineData(StoreKind.Bolt)]
    public async Task Cypher_injection_in_every_field_is_stored_as_plain_text(StoreKind kind)
    {
        await using var store = await Neo4jTestServer.NewStoreAsync(kind, "hostile");
        var text = $"Die Gruppe {CypherInjection} traf Karla Berger.";
        var document = new ArticleBuilder(CypherInjection, text, "2022-02-01T10:53:00+01:00", CypherInjection, title: CypherInjection)
            .Actor(CypherInjection, CypherInjection, ActorKind.Group, "MATCH (n) DETACH DELETE n")
            .Actor("karla-berger", "Karla Berger")
            .Event(EventType.Consult, text, "traf", "2022-02-01", [$"{CypherInjection}:source", "karla-berger:target"], mode: "}) RETURN 1 //")
            .Build();

        await store.WriteAsync([document], CancellationToken.None);

        var actor = Assert.Single(await store.FindActorsAsync("match (n) detach delete n", CancellationToken.None));
        Assert.Equal(CypherInjection, actor.Id.Value);
        Assert.Equal(CypherInjection, actor.Name);
        var consult = Assert.Single(await store.FindEventsAsync(EventFilter.All with { Actors = [new ActorId(CypherInjection)] }, CancellationToken.None));
        Assert.Equal("}) RETURN 1 //", consult.Mode);
        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, CancellationToken.None);
        Assert.Equal(document.Document.Info, Assert.Single(snapshot.Documents));
        Assert.Equal(new StoreStatistics(1, 2, 1, 1, 0), await store.GetStatisticsAsync(CancellationToken.None));
        await store.DeleteGraphAsync(CancellationToken.None);
    }

    [SkippableTheory]
    [InlineData(StoreKind.Http)]
    [InlineData(StoreKind.Bolt)]
    public async Task Neo4j_answers_every_query_exactly_as_the_embedded_store(StoreKind kind)
    {
        await using var neo4j = await Neo4jTestServer.NewStoreAsync(kind, "same");
        using var directory = new TemporaryDirectory();
        await using var sqlite = new SqliteGraphStore(directory.File("same.db"));
        await sqlite.InitializeAsync(CancellationToken.None);
        var documents = Articles.All();
        await neo4j.WriteAsync(documents, CancellationToken.None);
        await sqlite.WriteAsync(documents, CancellationToken.None);

        Assert.Equal(await sqlite.GetStatisticsAsync(CancellationToken.None), await neo4j.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(await sqlite.FindEventsAsync(EventFilter.All, CancellationToken.None), await neo4j.FindEventsAsync(EventFilter.All, CancellationToken.None));
        Assert.Equal(await sqlite.ListActorsAsync(CancellationToken.None), await neo4j.ListActorsAsync(CancellationToken.None));
        foreach (var name in new[] { "Berger", "nordland", "SÜDMARK", "Sicherheitsrat", "nobody" })
        {
            Assert.Equal(await sqlite.FindActorsAsync(name, CancellationToken.None), await neo4j.FindActorsAsync(name, CancellationToken.None));
        }

        foreach (var window in new[]
                 {
                     SnapshotWindow.Everything,
                     new SnapshotWindow(new(2022, 1, 31), new(2022, 2, 5), null),
                     new SnapshotWindow(null, null, new(2022, 2, 2)),
                     new SnapshotWindow(new(2022, 1, 30), null, new(2022, 2, 3)),
                 })
        {
            var expected = await sqlite.LoadSnapshotAsync(window, CancellationToken.None);
            var actual = await neo4j.LoadSnapshotAsync(window, CancellationToken.None);
            Assert.Equal(expected.Documents.ToArray(), actual.Documents.ToArray());
            Assert.Equal(expected.Actors.ToArray(), actual.Actors.ToArray());
            Assert.Equal(expected.Relations.ToArray(), actual.Relations.ToArray());
            Assert.Equal(expected.Events.ToArray(), actual.Events.ToArray());
        }

        await neo4j.DeleteGraphAsync(CancellationToken.None);
    }

    [SkippableTheory]
    [InlineData(StoreKind.Http)]
    [InlineData(StoreKind.Bolt)]
    public async Task A_statement_the_server_refuses_rolls_back_its_transaction_and_the_connection_stays_usable(StoreKind kind)
    {
        var uri = new Uri(Neo4jTestServer.Require(kind));
        var credentials = Neo4jTestServer.Credentials;
        await using ICypherRunner runner = kind == StoreKind.Http
            ? new Storage.Neo4j.Http.HttpCypherRunner(uri, "test", credentials.Username, credentials.Password, null)
            : new Storage.Neo4j.Bolt.BoltCypherRunner(Storage.Neo4j.Bolt.BoltEndpoint.From(uri), "test", credentials.Username, credentials.Password, null);
        await runner.ConnectAsync(CancellationToken.None);
        var marker = new Dictionary<string, object?> { ["graph"] = "test-rollback-" + kind, ["name"] = CypherInjection };
        await runner.RunAsync([new CypherStatement("MATCH (n:Probe) WHERE n.graph = $graph DELETE n", marker)], CancellationToken.None);

        var error = await Assert.ThrowsAsync<StoreException>(async () =>
        {
            await using var transaction = await runner.BeginAsync(CancellationToken.None);
            await transaction.RunAsync([new CypherStatement("CREATE (:Probe {graph: $graph, name: $name})", marker)], CancellationToken.None);
            await transaction.RunAsync([new CypherStatement("RETURN 1 / 0", marker)], CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        });
        var count = await runner.RunAsync([new CypherStatement("MATCH (n:Probe) WHERE n.graph = $graph RETURN count(n)", marker)], CancellationToken.None);

        Assert.Contains("Neo.ClientError", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(0L, count[0].Rows[0][0]);
    }
}
