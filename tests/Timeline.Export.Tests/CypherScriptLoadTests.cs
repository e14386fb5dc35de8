using System.Text;
using System.Text.RegularExpressions;
using Timeline.Core.Relations;
using Timeline.Export.Formats;
using Timeline.Export.Tests.Support;
using Timeline.Query.Tests.Fakes;
using Timeline.Storage;
using Timeline.Storage.Neo4j;
using Timeline.Storage.Neo4j.Bolt;
using Timeline.Storage.Neo4j.Http;

namespace Timeline.Export.Tests;

/// <summary>Issue #7: the exported Cypher script loads into a real Neo4j (the test server of
/// scripts/neo4j-test-server.sh, NEO4J_TEST_BOLT_URI or NEO4J_TEST_HTTP_URI) and rebuilds exactly the snapshot's
/// nodes and relationships; loading it twice changes nothing. Without a server the test reports Skipped.</summary>
/// <remarks>The script's labels are renamed to <c>ExportCheck*</c> so it cannot touch other tests' graphs. The test
/// server is Neo4j 3.1, which lacks two things of the Neo4j 5 script: <c>CREATE CONSTRAINT … IF NOT EXISTS FOR …
/// REQUIRE</c> (replaced by the 3.x form) and <c>date()</c>/<c>datetime()</c> (their ISO text is kept as a
/// string). Everything else, every literal included, is sent unchanged.</remarks>
public sealed partial class CypherScriptLoadTests
{
    private const string Prefix = "ExportCheck";

    [SkippableFact]
    public async Task The_Cypher_script_loads_into_Neo4j_with_the_snapshots_counts_and_again_without_change()
    {
        await using var runner = await ConnectAsync();
        var snapshot = await Exports.SnapshotAsync();
        var script = await Exports.TextAsync("cypher", snapshot);
        var version = (await runner.RunAsync([Statement("CALL dbms.components() YIELD versions RETURN versions[0]")], CancellationToken.None))[0].Rows[0][0] as string;
        var statements = Adapt(script, legacy: version is not null && version.StartsWith('3'));
        Assert.True(statements.Count > 8, "the script has schema and data statements");

        await EmptyAsync(runner);
        var passed = false;
        try
        {
            await LoadAsync(runner, statements);
            var first = await CountsAsync(runner);
            await LoadAsync(runner, statements);
            var second = await CountsAsync(runner);

            var expected = new SortedDictionary<string, long>(StringComparer.Ordinal)
            {
                ["Actor"] = snapshot.Actors.Length,
                ["Document"] = snapshot.Documents.Length,
                ["Event"] = snapshot.Events.Length,
                ["PARTICIPATES_IN"] = snapshot.Events.Sum(e => e.Participants.Select(p => (p.Actor, p.Role)).Distinct().Count()),
                ["REPORTED_IN"] = snapshot.Events.Sum(e => e.Mentions.Select(m => (m.Document, m.Sentence.Begin)).Distinct().Count()),
            };
            foreach (var type in Enum.GetValues<RelationType>())
            {
                expected[type.ToWire()] = snapshot.Relations.Where(r => r.Type == type)
                    .Select(r => (r.Source, r.Target, r.Evidence.Document, r.Evidence.Span.Begin)).Distinct().Count();
            }

            Assert.True(expected["Event"] > 0 && expected["PARTICIPATES_IN"] > 0 && expected["REPORTED_IN"] > 0, "the sample snapshot has events");
            Assert.Equal(expected, first);
            Assert.Equal(first, second);

            // Hostile names arrive as data, byte for byte.
            var names = (await runner.RunAsync([Statement($"MATCH (a:{Prefix}Actor) RETURN a.name ORDER BY a.name")], CancellationToken.None))[0];
            Assert.Contains(SampleNews.Hostile.Name, names.Rows.Select(r => r[0] as string));
            passed = true;
        }
        finally
        {
            try
            {
                await EmptyAsync(runner);
            }
            catch (StoreException) when (!passed)
            {
                // The test already failed: its own error is the one to report, not the clean-up's.
            }
        }
    }

    /// <summary>The script's statements, labels renamed and (for 3.x) the Neo4j 5 syntax replaced; literals stay as exported.</summary>
    private static List<string> Adapt(string script, bool legacy)
    {
        var (code, literals) = CypherScript.Lex(script);
        code = LabelPattern().Replace(code, m => ":" + Prefix + m.Groups[1].Value);
        if (legacy)
        {
            code = ConstraintPattern().Replace(code, m => $"CREATE CONSTRAINT ON (n:{m.Groups[1].Value}) ASSERT n.id IS UNIQUE");
            code = TemporalPattern().Replace(code, "?");
        }

        // Split between statements (a literal may hold ';'), then put the literals back, encoded by the exporter's own escaping.
        var statements = new List<string>();
        var next = 0;
        foreach (var part in code.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var rebuilt = new StringBuilder();
            foreach (var c in part)
            {
                rebuilt.Append(c == '?' ? CypherLiteral.String(literals[next++]) : c.ToString());
            }

            statements.Add(rebuilt.ToString());
        }

        Assert.Equal(literals.Count, next);
        return statements;
    }

    private static async Task LoadAsync(ICypherRunner runner, List<string> statements)
    {
        // One transaction per statement: Neo4j refuses schema and data changes in one transaction.
        // A transient error (a schema lock taken by another test run against the same server) is retried, as the stores do.
        foreach (var statement in statements)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await runner.RunAsync([Statement(statement)], CancellationToken.None);
                    break;
                }
                catch (StoreException ex) when (ex.IsTransient && attempt < 5)
                {
                    await Task.Delay(200 * attempt);
                }
            }
        }
    }

    private static async Task<SortedDictionary<string, long>> CountsAsync(ICypherRunner runner)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in new[] { "Actor", "Document", "Event" })
        {
            var result = (await runner.RunAsync([Statement($"MATCH (n:{Prefix}{label}) RETURN count(n)")], CancellationToken.None))[0];
            counts[label] = Convert.ToInt64(result.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var type in new[] { "PARTICIPATES_IN", "REPORTED_IN" }.Concat(Enum.GetValues<RelationType>().Select(t => t.ToWire())))
        {
            var result = (await runner.RunAsync([Statement($"MATCH (:{Prefix}Actor)-[r:{type}]->() RETURN count(r) UNION ALL MATCH (:{Prefix}Event)-[r:{type}]->() RETURN count(r)")], CancellationToken.None))[0];
            counts[type] = result.Rows.Sum(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture));
        }

        return counts;
    }

    private static Task EmptyAsync(ICypherRunner runner) => runner.RunAsync(
        [Statement($"MATCH (n) WHERE n:{Prefix}Actor OR n:{Prefix}Event OR n:{Prefix}Document DETACH DELETE n")], CancellationToken.None);

    private static async Task<ICypherRunner> ConnectAsync()
    {
        var bolt = Environment.GetEnvironmentVariable("NEO4J_TEST_BOLT_URI");
        var http = Environment.GetEnvironmentVariable("NEO4J_TEST_HTTP_URI");
        Skip.If(string.IsNullOrEmpty(bolt) && string.IsNullOrEmpty(http), "set NEO4J_TEST_BOLT_URI or NEO4J_TEST_HTTP_URI (scripts/neo4j-test-server.sh) to run the Neo4j tests");
        var (user, password) = (Environment.GetEnvironmentVariable("NEO4J_USERNAME"), Environment.GetEnvironmentVariable("NEO4J_PASSWORD"));
        ICypherRunner runner = !string.IsNullOrEmpty(bolt)
            ? new BoltCypherRunner(BoltEndpoint.From(new Uri(bolt)), bolt, user, password, null)
            : new HttpCypherRunner(new Uri(http!), http!, user, password, null);
        await runner.ConnectAsync(CancellationToken.None);
        return runner;
    }

    private static CypherStatement Statement(string text) => new(text, new Dictionary<string, object?>());

    [GeneratedRegex(@":(Actor|Event|Document)\b")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE")]
    private static partial Regex ConstraintPattern();

    [GeneratedRegex(@"\b(?:date|datetime)\(\?\)")]
    private static partial Regex TemporalPattern();
}
