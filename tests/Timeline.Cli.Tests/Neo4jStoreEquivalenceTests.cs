using Timeline.Storage;
using Timeline.Storage.Neo4j;

namespace Timeline.Cli.Tests;

/// <summary>Issue #6's done-when: <c>timeline ingest --store bolt://…</c> and <c>--store http://…</c> answer every
/// query and export exactly like the embedded store for the same articles (the project's own examples in
/// docs/examples). Needs the Neo4j test server (NEO4J_TEST_BOLT_URI / NEO4J_TEST_HTTP_URI, NEO4J_USERNAME /
/// NEO4J_PASSWORD, started by scripts/test.sh); without it the tests report Skipped.</summary>
public sealed class Neo4jStoreEquivalenceTests
{
    /// <summary>Every read command and text export the CLI offers, with the options that take another code path.</summary>
    private static readonly string[][] Commands =
    [
        ["stats", "--format", "json"],
        ["events", "--format", "json"],
        ["events", "--format", "csv"],
        ["events", "--actor", "Selenskyj", "--format", "json"],
        ["events", "--actor", "Russland", "--include-members", "--format", "json"],
        ["events", "--between", "Blinken", "Lawrow", "--format", "json"],
        ["events", "--from", "2022-02-15", "--to", "2022-02-28", "--format", "json"],
        ["events", "--group-by", "week", "--format", "json"],
        ["actors", "--format", "json"],
        ["actor", "Lawrow", "--format", "json"],
        ["actor", "Scholz", "--format", "json"],
        ["actor", "Putin", "--format", "json"],
        ["path", "Blinken", "Lawrow", "--format", "json"],
        ["path", "Selenskyj", "Lawrow", "--format", "json"],
        ["neighbours", "Russland", "--format", "json"],
        ["centrality", "--format", "json"],
        ["export", "graphml"],
        ["export", "gexf"],
        ["export", "json"],
        ["export", "cypher"],
        ["export", "dot"],
        ["export", "timelinejs"],
        ["export", "html"],
        ["export", "graphml", "--as-of", "2022-02-22"],
        ["export", "json", "--from", "2022-02-20", "--to", "2022-03-05"],
    ];

    [SkippableTheory]
    [InlineData("bolt")]
    [InlineData("http")]
    public async Task Ingest_and_every_query_and_export_give_the_same_output_as_the_embedded_store(string transport)
    {
        var server = Environment.GetEnvironmentVariable(transport == "bolt" ? "NEO4J_TEST_BOLT_URI" : "NEO4J_TEST_HTTP_URI");
        Skip.If(string.IsNullOrEmpty(server), $"set NEO4J_TEST_{transport.ToUpperInvariant()}_URI (scripts/neo4j-test-server.sh) to run the Neo4j tests");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "NEO4J_USERNAME", "NEO4J_PASSWORD" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                environment[name] = value;
            }
        }

        var neo4j = $"{server!.TrimEnd('/')}/?graph=cli-equivalence-{transport}";
        await EmptyAsync(neo4j, environment);
        using var folder = new TempFolder();
        var embedded = folder.Combine("timeline.db");
        var articles = Examples();
        try
        {
            var embeddedIngest = await CliRun.RunWithAsync(environment, null, ["ingest", .. articles, "--store", embedded]);
            var neo4jIngest = await CliRun.RunWithAsync(environment, null, ["ingest", .. articles, "--store", neo4j]);
            Assert.Equal((0, string.Empty), (embeddedIngest.ExitCode, embeddedIngest.Error));
            Assert.Equal((embeddedIngest.ExitCode, embeddedIngest.Output, embeddedIngest.Error), (neo4jIngest.ExitCode, neo4jIngest.Output, neo4jIngest.Error));

            foreach (var command in Commands)
            {
                var expected = await CliRun.RunWithAsync(environment, null, [.. command, "--store", embedded]);
                var actual = await CliRun.RunWithAsync(environment, null, [.. command, "--store", neo4j]);
                var what = string.Join(' ', command);
                Assert.True(expected.ExitCode == 0, $"{what} on the embedded store: {expected.Error}");
                Assert.True(expected.Output.Length > 20, $"{what} printed almost nothing: {expected.Output}");
                Assert.True(expected.Output == actual.Output, $"{what} differs on {transport}:\n{FirstDifference(expected.Output, actual.Output)}");
                Assert.Equal((expected.ExitCode, expected.Error), (actual.ExitCode, actual.Error));
            }

            // Ingesting again changes nothing on either store.
            var again = await CliRun.RunWithAsync(environment, null, ["ingest", .. articles, "--store", neo4j]);
            var events = await CliRun.RunWithAsync(environment, null, ["events", "--format", "json", "--store", neo4j]);
            var embeddedEvents = await CliRun.RunWithAsync(environment, null, ["events", "--format", "json", "--store", embedded]);
            Assert.Equal(0, again.ExitCode);
            Assert.Equal(embeddedEvents.Output, events.Output);
        }
        finally
        {
            await EmptyAsync(neo4j, environment);
        }
    }

    private static async Task EmptyAsync(string uri, Dictionary<string, string> environment)
    {
        var options = new GraphStoreOptions { Username = environment.GetValueOrDefault("NEO4J_USERNAME"), Password = environment.GetValueOrDefault("NEO4J_PASSWORD") };
        await using var store = new Neo4jGraphStore(StoreLocation.Parse(uri), options);
        await store.InitializeAsync(CancellationToken.None);
        await store.DeleteGraphAsync(CancellationToken.None);
    }

    /// <summary>The project's own example articles (docs/examples), found from the test's folder.</summary>
    private static string[] Examples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var examples = Directory.GetFiles(Path.Combine(directory.FullName, "docs", "examples")).Order(StringComparer.Ordinal).ToArray();
        Assert.True(examples.Length >= 3, "docs/examples holds the example articles");
        return examples;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 200);
        return $"embedded: …{expected[from..Math.Min(expected.Length, at + 200)]}…\nneo4j:    …{actual[from..Math.Min(actual.Length, at + 200)]}…";
    }
}
