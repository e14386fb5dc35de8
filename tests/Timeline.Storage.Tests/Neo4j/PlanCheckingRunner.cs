using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Timeline.Storage.Neo4j;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Wraps a real runner: renames the store's labels (<c>:Actor</c> → <c>:PlanCheckActor</c>, …) in every
/// statement, so that the statements run on labels no other test uses (empty at the start, whatever else the shared
/// test server holds), and asks the server (HTTP, 3.x endpoint) to <c>EXPLAIN</c> each statement of a write
/// transaction just before it runs. The plans are recorded per phase (the number of committed transactions so far):
/// phase 0 is planned on empty labels, phase 1 after one committed batch.</summary>
internal sealed partial class PlanCheckingRunner : ICypherRunner
{
    private readonly ICypherRunner _inner;
    private readonly HttpClient _client;
    private readonly Uri _explainUri;
    private readonly Dictionary<string, string> _files;
    private int _commits;

    public PlanCheckingRunner(ICypherRunner inner, Uri server, GraphStoreOptions credentials, IReadOnlyList<string> files)
    {
        _inner = inner;
        _client = new HttpClient();
        if (credentials.Username is { } user)
        {
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{credentials.Password}")));
        }

        _explainUri = new Uri(server, "/db/data/transaction/commit");
        _files = files.ToDictionary(f => Rename(CypherQueries.Get(f)), f => f, StringComparer.Ordinal);
    }

    /// <summary>Each explained statement: its cypher/ file, the phase and the plan's operators (type and details).</summary>
    public List<(string File, int Phase, IReadOnlyList<(string Operator, string Detail)> Operators)> Plans { get; } = [];

    public Task<string> ConnectAsync(CancellationToken cancellationToken) => _inner.ConnectAsync(cancellationToken);

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        _inner.RunAsync(statements.Select(s => new CypherStatement(Rename(s.Text), s.Parameters)).ToList(), cancellationToken);

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken) =>
        new Transaction(this, await _inner.BeginAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _inner.DisposeAsync();
    }

    private static string Rename(string text) => StoreLabel().Replace(text, ":PlanCheck$1");

    private async Task ExplainAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            // The phase in a comment makes the text new to the plan cache, so every phase is planned afresh.
            var body = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["statements"] = new[]
                {
                    new Dictionary<string, object?>
                    {
                        ["statement"] = $"EXPLAIN {statement.Text}\n// plan check, phase {_commits}",
                        ["parameters"] = statement.Parameters,
                    },
                },
            });
            using var response = await _client.PostAsync(_explainUri, new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var errors = answer.RootElement.GetProperty("errors");
            if (errors.GetArrayLength() > 0)
            {
                throw new InvalidOperationException($"EXPLAIN failed: {errors}");
            }

            var operators = PlanOperators.Of(answer);
            Plans.Add((_files.GetValueOrDefault(statement.Text, statement.Text), _commits, operators));
        }
    }

    [GeneratedRegex(@":(Actor|Document|Event|TimelineGraph)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StoreLabel();

    private sealed class Transaction(PlanCheckingRunner owner, ICypherTransaction inner) : ICypherTransaction
    {
        public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            var renamed = statements.Select(s => new CypherStatement(Rename(s.Text), s.Parameters)).ToList();
            await owner.ExplainAsync(renamed, cancellationToken);
            return await inner.RunAsync(renamed, cancellationToken);
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await inner.CommitAsync(cancellationToken);
            owner._commits++;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
