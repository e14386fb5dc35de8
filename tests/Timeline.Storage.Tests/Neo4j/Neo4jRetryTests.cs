using Timeline.Storage.Neo4j;
using Timeline.Storage.Neo4j.Http;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Transient failures during a load are retried and the load resumes idempotently (real server, HTTP).</summary>
public sealed class Neo4jRetryTests
{
    [SkippableFact]
    public async Task A_load_interrupted_by_dropped_connections_ends_as_an_uninterrupted_one()
    {
        var uri = new Uri(Neo4jTestServer.Require(StoreKind.Http));
        var credentials = Neo4jTestServer.Credentials;
        var options = new Neo4jStoreOptions { BatchDocuments = 1, RetryDelay = TimeSpan.FromMilliseconds(10) };

        // Transaction round trips 3 (a first write) and 7 and 8 (the second document, twice in a row) fail.
        var flaky = new FlakyRunner(new HttpCypherRunner(uri, "test", credentials.Username, credentials.Password, null), 3, 7, 8);
        await using var interrupted = new Neo4jGraphStore(flaky, "test", "test-retry-flaky", options);
        await using var clean = await Neo4jTestServer.NewStoreAsync(StoreKind.Http, "retry-clean");
        await interrupted.InitializeAsync(CancellationToken.None);
        await interrupted.DeleteGraphAsync(CancellationToken.None);

        await interrupted.WriteAsync(Articles.All(), CancellationToken.None);
        await clean.WriteAsync(Articles.All(), CancellationToken.None);

        Assert.Equal(3, flaky.Failures);
        Assert.Equal(await clean.GetStatisticsAsync(CancellationToken.None), await interrupted.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(await clean.FindEventsAsync(EventFilter.All, CancellationToken.None), await interrupted.FindEventsAsync(EventFilter.All, CancellationToken.None));
        await interrupted.DeleteGraphAsync(CancellationToken.None);
        await clean.DeleteGraphAsync(CancellationToken.None);
    }

    [SkippableFact]
    public async Task A_failure_that_persists_leaves_nothing_of_the_batch_and_says_which_document()
    {
        var uri = new Uri(Neo4jTestServer.Require(StoreKind.Http));
        var credentials = Neo4jTestServer.Credentials;
        var options = new Neo4jStoreOptions { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(10) };
        var flaky = new FlakyRunner(new HttpCypherRunner(uri, "test", credentials.Username, credentials.Password, null), [.. Enumerable.Range(1, 100)]);
        await using var store = new Neo4jGraphStore(flaky, "test", "test-retry-persistent", options);
        await store.InitializeAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync([Articles.Call()], CancellationToken.None));

        Assert.Equal(3, flaky.Failures);
        Assert.Contains("test: the connection dropped", error.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0), await store.GetStatisticsAsync(CancellationToken.None));
    }
}
