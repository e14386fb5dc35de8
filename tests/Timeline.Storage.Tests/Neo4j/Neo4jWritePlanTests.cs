using Timeline.Storage.Neo4j;
using Timeline.Storage.Neo4j.Http;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Issue #6: Neo4j 3.1's cost planner plans a statement from the label statistics of the moment and caches the
/// plan. A node lookup planned on a nearly empty graph could become a <c>NodeIndexScan</c> + <c>Filter</c> per row
/// (even with <c>USING INDEX</c>), which made the first load into a fresh server ~20 million db hits per batch. Every
/// statement of a write transaction must start from unique index seeks, on empty labels and after one batch.</summary>
[Collection(Neo4jUpgradeCollection.Name)]
public sealed class Neo4jWritePlanTests
{
    private static readonly string[] WriteFiles =
    [
        "write/document_facts", "write/delete_document_relations", "write/delete_document_mentions", "write/event_reports",
        "write/actor_listings", "write/actor_states", "write/upsert_documents", "write/upsert_actors", "write/create_listings",
        "write/create_relations", "write/delete_participants", "write/events", "write/create_event_mentions", "write/graph_span",
        "write/delete_events", "write/delete_actors",
    ];

    private static readonly string[] Scans = ["NodeIndexScan", "AllNodesScan", "NodeByLabelScan"];

    [SkippableFact]
    public async Task Every_write_statement_seeks_its_nodes_on_empty_labels_after_one_batch_and_on_a_rewrite()
    {
        var uri = new Uri(Neo4jTestServer.Require(StoreKind.Http));
        var credentials = Neo4jTestServer.Credentials;
        var runner = new PlanCheckingRunner(
            new HttpCypherRunner(uri, "test", credentials.Username, credentials.Password, null), uri, credentials, WriteFiles);
        await using var store = new Neo4jGraphStore(runner, "test", "test-plan-check", new Neo4jStoreOptions { BatchDocuments = 2 });
        await store.InitializeAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);
        runner.Plans.Clear();

        // Four documents in batches of two: batch 1 is planned on empty labels (phase 0), batch 2 after one committed
        // batch (phase 1); the rewrite of all four (phases 2 and 3) runs the statements that replace stored facts.
        await store.WriteAsync(Articles.All(), CancellationToken.None);
        await store.WriteAsync(Articles.All(), CancellationToken.None);
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);

        Assert.Equal(4, statistics.Documents);
        foreach (var (file, phase, operators) in runner.Plans)
        {
            Assert.Contains(file, WriteFiles);
            var scans = operators.Where(o => Scans.Contains(o.Operator)).ToList();
            Assert.True(scans.Count == 0, $"{file} (phase {phase}) is planned with {string.Join(", ", scans.Select(s => s.Operator + " " + s.Detail))}");
            Assert.True(operators.Any(o => o.Operator.StartsWith("NodeUniqueIndexSeek", StringComparison.Ordinal)), $"{file} (phase {phase}) has no unique index seek");
        }

        string[] load = ["write/document_facts", "write/event_reports", "write/actor_states", "write/upsert_documents", "write/upsert_actors",
            "write/create_listings", "write/create_relations", "write/events", "write/create_event_mentions"];
        foreach (var phase in new[] { 0, 1 })
        {
            Assert.Equal(load, load.Where(f => runner.Plans.Any(p => p.File == f && p.Phase == phase)));
        }

        string[] rewrite = ["write/delete_document_relations", "write/delete_document_mentions", "write/actor_listings", "write/delete_participants"];
        Assert.Equal(rewrite, rewrite.Where(f => runner.Plans.Any(p => p.File == f && p.Phase >= 2)));
    }
}
