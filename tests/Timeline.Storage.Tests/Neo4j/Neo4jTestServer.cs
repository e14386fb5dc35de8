using Timeline.Storage.Neo4j;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>The real Neo4j server the integration tests use, from NEO4J_TEST_HTTP_URI / NEO4J_TEST_BOLT_URI and
/// NEO4J_USERNAME / NEO4J_PASSWORD (scripts/neo4j-test-server.sh starts one). Without them the tests are skipped.</summary>
internal static class Neo4jTestServer
{
    private static int _graphs;

    public static string? HttpUri => Environment.GetEnvironmentVariable("NEO4J_TEST_HTTP_URI") is { Length: > 0 } uri ? uri : null;

    public static string? BoltUri => Environment.GetEnvironmentVariable("NEO4J_TEST_BOLT_URI") is { Length: > 0 } uri ? uri : null;

    public static GraphStoreOptions Credentials => new()
    {
        Username = Environment.GetEnvironmentVariable("NEO4J_USERNAME"),
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
    };

    /// <summary>The URI of a transport, or a skip when it is not configured.</summary>
    public static string Require(StoreKind kind)
    {
        var uri = kind == StoreKind.Http ? HttpUri : BoltUri;
        Skip.If(uri is null, $"set {(kind == StoreKind.Http ? "NEO4J_TEST_HTTP_URI" : "NEO4J_TEST_BOLT_URI")} (scripts/neo4j-test-server.sh) to run the Neo4j tests");
        return uri!;
    }

    /// <summary>An initialised, empty store in a graph of its own (deleted first, in case a run was interrupted).</summary>
    public static async Task<Neo4jGraphStore> NewStoreAsync(StoreKind kind, string purpose)
    {
        var uri = Require(kind);
        var graph = $"test-{kind.ToString().ToLowerInvariant()}-{purpose}-{Interlocked.Increment(ref _graphs)}";
        var store = new Neo4jGraphStore(StoreLocation.Parse($"{uri.TrimEnd('/')}/?graph={Uri.EscapeDataString(graph)}"), Credentials);
        await store.InitializeAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);
        return store;
    }
}
