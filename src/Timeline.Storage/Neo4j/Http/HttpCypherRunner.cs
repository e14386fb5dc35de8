using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Timeline.Storage.Neo4j.Http;

/// <summary>Runs Cypher over HTTP, through the endpoint discovery at <c>GET /</c> offers: the Query API
/// <c>/db/{database}/query/v2</c> where offered (Neo4j 5.19 and later, Aura), else the transactional endpoint
/// (<c>/db/data/transaction</c> on 3.x, <c>/db/{database}/tx</c> on 4.x).</summary>
/// <remarks>Errors come back with HTTP 200 in <c>errors[]</c>, so every answer is checked. Basic auth; the
/// credentials only ever go into the Authorization header.</remarks>
internal sealed class HttpCypherRunner : ICypherRunner
{
    private const string JsonType = "application/json";

    /// <summary>The Query API routes an explicit transaction's requests to its cluster member by this header.</summary>
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _client;
    private readonly Uri _root;
    private readonly string _store;
    private readonly string? _database;
    private Uri? _transactions;
    private Uri? _query;
    private string? _agent;

    /// <param name="root">The server, e.g. <c>http://localhost:7474</c>.</param>
    /// <param name="store">The name for messages (no credentials).</param>
    /// <param name="username">The user, or null for no authentication.</param>
    /// <param name="password">The password.</param>
    /// <param name="database">The database on 4.x and later; null for the server's default (<c>neo4j</c>).</param>
    /// <param name="handler">The HTTP handler (tests), or null.</param>
    public HttpCypherRunner(Uri root, string store, string? username, string? password, string? database, HttpMessageHandler? handler = null)
    {
        _root = new Uri(root.GetLeftPart(UriPartial.Authority) + "/");
        _store = store;
        _database = database;
        _client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _client.Timeout = TimeSpan.FromMinutes(5);
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonType));
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("timeline", "1"));
        if (username is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    public async Task<string> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_agent is not null)
        {
            return _agent;
        }

        var discovery = (JObject)await SendAsync(HttpMethod.Get, _root, null, cancellationToken);
        if (discovery.Value<string>("transaction") is { } template)
        {
            // 4.x and later: {"transaction": "http://host:7474/db/{databaseName}/tx", "neo4j_version": "5.26.0", ...}
            var database = Uri.EscapeDataString(_database ?? "neo4j");
            _transactions = new Uri(template.Replace("{databaseName}", database, StringComparison.Ordinal));
            if (discovery.Value<string>("query") is { } query)
            {
                // 5.19 and later: {"query": "http://host:7474/db/{databaseName}/query/v2", ...}
                _query = new Uri(query.Replace("{databaseName}", database, StringComparison.Ordinal));
            }

            _agent = "Neo4j/" + (discovery.Value<string>("neo4j_version") ?? "4");
        }
        else
        {
            // 3.x: {"data": "http://host:7474/db/data/", ...}; the version is in /db/data/.
            var data = new Uri(discovery.Value<string>("data") ?? new Uri(_root, "db/data/").ToString());
            var service = (JObject)await SendAsync(HttpMethod.Get, data, null, cancellationToken);
            _transactions = new Uri(service.Value<string>("transaction") ?? new Uri(_root, "db/data/transaction").ToString());
            _agent = "Neo4j/" + (service.Value<string>("neo4j_version") ?? "3");
        }

        // A query proves the credentials (discovery is open on some versions).
        await RunAsync([new CypherStatement("RETURN 1", new Dictionary<string, object?>())], cancellationToken);
        return _agent;
    }

    /// <summary>Whether discovery offered the Query API (and it is used).</summary>
    public bool UsesQueryApi => _query is not null;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (_query is { } query)
        {
            if (statements.Count == 1)
            {
                // One statement: an implicit transaction.
                return [QueryResult(await SendAsync(HttpMethod.Post, query, QueryBody(statements[0]), cancellationToken))];
            }

            await using var transaction = await BeginAsync(cancellationToken);
            var results = await transaction.RunAsync(statements, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return results;
        }

        var endpoint = Transactions;
        var answer = await SendAsync(HttpMethod.Post, new Uri(endpoint + "/commit"), Body(statements), cancellationToken);
        return Results(answer);
    }

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (_query is { } query)
        {
            // 202 Accepted {"transaction": {"id": "lyU", "expires": "…"}, …} plus the affinity header to send back.
            using var begin = new HttpRequestMessage(HttpMethod.Post, new Uri(query + "/tx")) { Content = Json("{}") };
            using var started = await SendRawAsync(begin, cancellationToken);
            var opened = await ReadAsync(started, cancellationToken);
            var id = opened["transaction"]?.Value<string>("id") ?? throw Neo4jErrors.Protocol(_store, "the Query API opened no transaction");
            var affinity = started.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new QueryApiTransaction(this, new Uri(query + "/tx/" + Uri.EscapeDataString(id)), affinity);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Transactions) { Content = Json(Body([])) };
        using var response = await SendRawAsync(request, cancellationToken);
        var answer = await ReadAsync(response, cancellationToken);
        Results(answer);
        var location = response.Headers.Location ?? throw Neo4jErrors.Protocol(_store, "no Location for the new transaction");
        return new HttpTransaction(this, location.IsAbsoluteUri ? location : new Uri(_root, location));
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    internal async Task<IReadOnlyList<CypherResult>> RunInAsync(Uri transaction, IReadOnlyList<CypherStatement> statements, string suffix, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Post, new Uri(transaction + suffix), Body(statements), cancellationToken);
        return Results(answer);
    }

    /// <summary>Runs one statement in an open Query API transaction (<paramref name="suffix"/> <c>/commit</c>
    /// commits it; a null statement sends an empty body).</summary>
    internal async Task<CypherResult> RunInQueryTransactionAsync(Uri transaction, string? affinity, CypherStatement? statement, string suffix, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(transaction + suffix))
        {
            Content = Json(statement is null ? "{}" : QueryBody(statement)),
        };
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        using var response = await SendRawAsync(request, cancellationToken);
        return QueryResult(await ReadAsync(response, cancellationToken));
    }

    internal async Task RollbackAsync(Uri transaction, string? affinity = null)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, transaction);
            if (affinity is not null)
            {
                request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
            }

            using var response = await _client.SendAsync(request, CancellationToken.None);
        }
        catch (HttpRequestException)
        {
            // The server drops an idle or failed transaction by itself.
        }
    }

    private Uri Transactions => _transactions ?? throw new InvalidOperationException("ConnectAsync must be called first.");

    private static string Body(IReadOnlyList<CypherStatement> statements)
    {
        var text = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture)))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("statements");
            writer.WriteStartArray();
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("statement");
                writer.WriteValue(statement.Text);
                writer.WritePropertyName("parameters");
                JsonValues.Write(writer, statement.Parameters);
                writer.WritePropertyName("resultDataContents");
                writer.WriteStartArray();
                writer.WriteValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>A Query API request: {"statement": "…", "parameters": {…}}.</summary>
    private static string QueryBody(CypherStatement statement)
    {
        var text = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture)))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("statement");
            writer.WriteValue(statement.Text);
            writer.WritePropertyName("parameters");
            JsonValues.Write(writer, statement.Parameters);
            writer.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>A Query API answer: {"data": {"fields": […], "values": [[…], …]}, "bookmarks": […]}.</summary>
    private static CypherResult QueryResult(JToken answer)
    {
        var data = answer["data"];
        var columns = (data?["fields"] as JArray ?? []).Select(c => c.Value<string>() ?? string.Empty).ToArray();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var row in data?["values"] as JArray ?? [])
        {
            rows.Add((row as JArray ?? []).Select(JsonValues.ToValue).ToArray());
        }

        return new CypherResult(columns, rows);
    }

    private static StringContent Json(string body) => new(body, new UTF8Encoding(false), JsonType);

    private async Task<JToken> SendAsync(HttpMethod method, Uri uri, string? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = Json(body);
        }

        using var response = await SendRawAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jErrors.Connection(_store, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jErrors.Connection(_store, e);
        }
    }

    private async Task<JToken> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw Neo4jErrors.FromServer(_store, "Neo.ClientError.Security.Unauthorized", null);
        }

        string text;
        try
        {
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jErrors.Connection(_store, e);
        }

        if ((int)response.StatusCode >= 500)
        {
            throw new StoreException($"{_store}: Neo4j answered HTTP {(int)response.StatusCode}") { IsTransient = true };
        }

        JToken answer;
        try
        {
            answer = JsonConvert.DeserializeObject<JToken>(text, JsonValues.ReadSettings) ?? new JObject();
        }
        catch (JsonException)
        {
            throw Neo4jErrors.Protocol(_store, $"HTTP {(int)response.StatusCode} without JSON");
        }

        if (answer is JObject { } error && error["errors"] is JArray { Count: > 0 } errors)
        {
            var first = errors[0];
            throw Neo4jErrors.FromServer(_store, first.Value<string>("code"), first.Value<string>("message"));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Neo4jErrors.Protocol(_store, $"HTTP {(int)response.StatusCode}");
        }

        return answer;
    }

    private static List<CypherResult> Results(JToken answer)
    {
        var results = new List<CypherResult>();
        foreach (var result in answer["results"] as JArray ?? [])
        {
            var columns = (result["columns"] as JArray ?? []).Select(c => c.Value<string>() ?? string.Empty).ToArray();
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var data in result["data"] as JArray ?? [])
            {
                rows.Add((data["row"] as JArray ?? []).Select(JsonValues.ToValue).ToArray());
            }

            results.Add(new CypherResult(columns, rows));
        }

        return results;
    }
}
