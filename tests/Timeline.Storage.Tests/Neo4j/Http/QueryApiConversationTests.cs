using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Neo4j.Http;

namespace Timeline.Storage.Tests.Neo4j.Http;

/// <summary>The Query API (<c>/db/{database}/query/v2</c>, Neo4j 5.19+ and Aura) that the 3.1 test server cannot
/// offer, against scripted HTTP conversations written from the Neo4j Query API documentation (discovery, query,
/// transactions with the cluster affinity header, errors).</summary>
public sealed class QueryApiConversationTests
{
    private const string Discovery = """
        {"bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.26.0", "neo4j_edition": "enterprise",
         "query": "http://localhost:7474/db/{databaseName}/query/v2"}
        """;

    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    [Fact]
    public async Task Discovery_offering_the_Query_API_sends_one_statement_as_an_implicit_transaction()
    {
        var server = new ScriptedHttp()
            .On(HttpMethod.Get, "/", HttpStatusCode.OK, Discovery)
            .On(HttpMethod.Post, "/db/news/query/v2", HttpStatusCode.OK, """{"data": {"fields": ["1"], "values": [[1]]}, "bookmarks": ["FB:a"]}""")
            .On(HttpMethod.Post, "/db/news/query/v2", HttpStatusCode.OK,
                """{"data": {"fields": ["name", "days"], "values": [["Lawrow", [19035, 19054]], [null, []]]}, "bookmarks": ["FB:b"]}""");
        await using var runner = new HttpCypherRunner(new Uri("http://localhost:7474"), "http://localhost:7474", "neo4j", "pw", "news", server);

        var agent = await runner.ConnectAsync(CancellationToken.None);
        var result = (await runner.RunAsync([Statement("MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.days AS days", ("id", "x'}) DETACH DELETE n //"))], CancellationToken.None))[0];

        Assert.Equal("Neo4j/5.26.0", agent);
        Assert.True(runner.UsesQueryApi);
        Assert.Equal(["name", "days"], result.Columns);
        Assert.Equal("Lawrow", result.Rows[0][0]);
        Assert.Equal(new List<object?> { 19035L, 19054L }, result.Rows[0][1]);
        Assert.Null(result.Rows[1][0]);
        var body = JObject.Parse(server.Requests[2].Body!);
        Assert.Equal("MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.days AS days", (string?)body["statement"]);
        Assert.Equal("x'}) DETACH DELETE n //", (string?)body["parameters"]!["id"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:pw")), server.Requests[2].Authorization);
    }

    [Fact]
    public async Task Several_statements_run_in_an_explicit_transaction_that_sends_the_affinity_header_back_and_commits()
    {
        var server = new ScriptedHttp()
            .On(HttpMethod.Get, "/", HttpStatusCode.OK, Discovery)
            .On(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.OK, """{"data": {"fields": ["1"], "values": [[1]]}, "bookmarks": []}""")
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted,
                """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""", Affinity)
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.Accepted,
                """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:39Z"}}""", Affinity)
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", HttpStatusCode.Accepted,
                """{"data": {"fields": ["n"], "values": [[2]]}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:49Z"}}""", Affinity)
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit", HttpStatusCode.OK, """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:c"]}""");
        await using var runner = new HttpCypherRunner(new Uri("http://localhost:7474"), "http://localhost:7474", null, null, null, server);
        await runner.ConnectAsync(CancellationToken.None);

        var results = await runner.RunAsync([Statement("UNWIND $rows AS row MERGE (d:Document {uid: row})", ("rows", new List<object?> { "a", "b" })), Statement("MATCH (d:Document) RETURN count(d) AS n")], CancellationToken.None);

        Assert.Equal(2L, results[1].Rows[0][0]);
        Assert.Equal(["GET /", "POST /db/neo4j/query/v2", "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            server.Requests.Select(r => r.Method + " " + r.Path));
        Assert.All(server.Requests.Skip(3), r => Assert.Equal(Affinity, r.Affinity));
        Assert.Equal(new JArray("a", "b"), JObject.Parse(server.Requests[3].Body!)["parameters"]!["rows"]);
        Assert.Null(server.Requests[0].Authorization);
    }

    [Fact]
    public async Task A_failing_statement_is_a_store_exception_and_the_transaction_is_rolled_back()
    {
        var server = new ScriptedHttp()
            .On(HttpMethod.Get, "/", HttpStatusCode.OK, Discovery)
            .On(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.OK, """{"data": {"fields": ["1"], "values": [[1]]}, "bookmarks": []}""")
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx", HttpStatusCode.Accepted,
                """{"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "t2", "expires": "2024-10-22T15:48:29Z"}}""", Affinity)
            .On(HttpMethod.Post, "/db/neo4j/query/v2/tx/t2", HttpStatusCode.BadRequest,
                """{"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRUN'"}]}""")
            .On(HttpMethod.Delete, "/db/neo4j/query/v2/tx/t2", HttpStatusCode.OK, """{"data": {"fields": [], "values": []}, "bookmarks": []}""")
            .On(HttpMethod.Post, "/db/neo4j/query/v2", HttpStatusCode.ServiceUnavailable,
                """{"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "The database is not available."}]}""");
        await using var runner = new HttpCypherRunner(new Uri("http://localhost:7474"), "http://localhost:7474", null, null, null, server);
        await runner.ConnectAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StoreException>(() => runner.RunAsync([Statement("RETURN 1"), Statement("RETRUN 2")], CancellationToken.None));
        var unavailable = await Assert.ThrowsAsync<StoreException>(() => runner.RunAsync([Statement("RETURN 1")], CancellationToken.None));

        Assert.Contains("Neo.ClientError.Statement.SyntaxError", refused.Message, StringComparison.Ordinal);
        Assert.False(refused.IsTransient);
        Assert.True(unavailable.IsTransient);
        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t2", server.Requests[4].Method + " " + server.Requests[4].Path);
        Assert.Equal(Affinity, server.Requests[4].Affinity);
    }

    [Fact]
    public async Task A_4x_server_without_the_Query_API_keeps_the_transactional_endpoint()
    {
        var server = new ScriptedHttp()
            .On(HttpMethod.Get, "/", HttpStatusCode.OK, """{"transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "4.4.30"}""")
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", HttpStatusCode.OK, """{"results": [{"columns": ["1"], "data": [{"row": [1], "meta": [null]}]}], "errors": []}""");
        await using var runner = new HttpCypherRunner(new Uri("http://localhost:7474"), "http://localhost:7474", null, null, null, server);

        await runner.ConnectAsync(CancellationToken.None);

        Assert.False(runner.UsesQueryApi);
        Assert.Equal("POST /db/neo4j/tx/commit", server.Requests[1].Method + " " + server.Requests[1].Path);
    }

    private static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    /// <summary>Answers requests in the scripted order and records them; a request out of script fails the test.</summary>
    private sealed class ScriptedHttp : HttpMessageHandler
    {
        private readonly Queue<(HttpMethod Method, string Path, HttpStatusCode Status, string Body, string? Affinity)> _script = new();

        public List<(string Method, string Path, string? Body, string? Authorization, string? Affinity)> Requests { get; } = [];

        public ScriptedHttp On(HttpMethod method, string path, HttpStatusCode status, string body, string? affinity = null)
        {
            _script.Enqueue((method, path, status, body, affinity));
            return this;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var affinity = request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null;
            Requests.Add((request.Method.Method, request.RequestUri!.AbsolutePath, body, request.Headers.Authorization?.ToString(), affinity));
            Assert.True(_script.Count > 0, $"unexpected request {request.Method} {request.RequestUri}");
            var next = _script.Dequeue();
            Assert.Equal(next.Method.Method + " " + next.Path, request.Method.Method + " " + request.RequestUri!.AbsolutePath);
            var response = new HttpResponseMessage(next.Status) { Content = new StringContent(next.Body, Encoding.UTF8, "application/json") };
            if (next.Affinity is not null)
            {
                response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", next.Affinity);
            }

            return response;
        }
    }
}
