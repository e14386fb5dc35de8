namespace Timeline.Cli.Tests;

/// <summary>The query, exploration and export commands on a store built from the project's own example articles.</summary>
public sealed class ExplorationCommandTests
{
    private static async Task<(TempFolder Folder, string Store)> IngestAsync()
    {
        var folder = new TempFolder();
        folder.Write("articles/krise.txt", ExtractCommandTests.GermanArticle);
        folder.Write("articles/nato.txt", """
            NATO berät über Hilfe

            Stand: 09.03.2023 17:05 Uhr

            NATO-Generalsekretär Jens Stoltenberg traf am Mittwoch in Brüssel den ukrainischen Präsidenten Wolodymyr Selenskyj. Russland warf der NATO vor, den Konflikt anzuheizen.
            """);
        var store = folder.Combine("timeline.db");
        var run = await CliRun.RunAsync("ingest", folder.Combine("articles"), "--store", store);
        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        return (folder, store);
    }

    [Fact]
    public async Task The_actor_profile_shows_aliases_roles_and_counterparts()
    {
        var (folder, store) = await IngestAsync();
        using (folder)
        {
            var run = await CliRun.RunAsync("actor", "Lawrow", "--store", store, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            var profile = Json.Parse(run.Output);
            Assert.Equal("sergej-lawrow", (string?)profile["actor"]![0]!["id"]);
            Assert.Contains(profile["roles"]!, r => (string?)r["relation"] == "HOLDS_ROLE");
            Assert.Contains(profile["topCounterparts"]!, c => (string?)c["id"] == "antony-blinken");
        }
    }

    [Fact]
    public async Task Path_and_neighbours_connect_actors_through_shared_events()
    {
        var (folder, store) = await IngestAsync();
        using (folder)
        {
            var path = await CliRun.RunAsync("path", "Blinken", "Lawrow", "--store", store, "--format", "json");
            var neighbours = await CliRun.RunAsync("neighbours", "Blinken", "--store", store, "--format", "json");

            Assert.Equal(0, path.ExitCode);
            Assert.NotEmpty(Json.ParseArray(path.Output));
            Assert.Contains(Json.ParseArray(neighbours.Output), n => (string?)n["id"] == "sergej-lawrow");
        }
    }

    [Fact]
    public async Task An_unknown_actor_is_a_one_line_error_with_code_1()
    {
        var (folder, store) = await IngestAsync();
        using (folder)
        {
            var run = await CliRun.RunAsync("events", "--actor", "Nobody Atall", "--store", store);

            Assert.Equal(1, run.ExitCode);
            Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
            Assert.Contains("Nobody Atall", run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("graphml", "<graphml")]
    [InlineData("gexf", "<gexf")]
    [InlineData("json", "\"elements\"")]
    [InlineData("cypher", "MERGE")]
    [InlineData("dot", "graph")]
    [InlineData("timelinejs", "\"events\"")]
    [InlineData("html", "<html")]
    public async Task Every_export_format_writes_a_complete_file(string format, string marker)
    {
        var (folder, store) = await IngestAsync();
        using (folder)
        {
            var output = folder.Combine("snapshot." + format);

            var run = await CliRun.RunAsync("export", format, "--output", output, "--store", store);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
            Assert.Contains(marker, File.ReadAllText(output), StringComparison.Ordinal);
            Assert.False(File.Exists(output + ".partial"));
        }
    }

    [Fact]
    public async Task A_user_actor_dictionary_adds_actors_and_a_bad_one_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        var article = folder.Write("rat.txt", "Rat tagt\n\nStand: 02.03.2023 10:00 Uhr\n\nDie Ministerin Erika Beispiel traf am Mittwoch den Präsidenten der Fantasierepublik.\n");
        var good = folder.Write("actors.yaml", "- {id: erika-beispiel, kind: person, name: Erika Beispiel, aliases: [Beispiel]}\n");
        var bad = folder.Write("bad.yaml", "- {id: erika-beispiel, kind: person, name: Erika Beispiel}\n- {id: x, kind: planet, name: X}\n");

        var withGood = await CliRun.RunAsync("extract", article, "--actors", good);
        var withBad = await CliRun.RunAsync("extract", article, "--actors", bad);

        Assert.Equal(0, withGood.ExitCode);
        Assert.Contains(Json.Parse(withGood.Output)["actors"]!, a => (string?)a["id"] == "erika-beispiel");
        Assert.Equal(1, withBad.ExitCode);
        Assert.StartsWith($"timeline: {bad}:2:", withBad.Error, StringComparison.Ordinal);
        Assert.Single(withBad.Error.TrimEnd('\n').Split('\n'));
    }
}
