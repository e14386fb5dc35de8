using Newtonsoft.Json.Linq;

namespace Timeline.Cli.Tests;

/// <summary>Issue #2's "done when" on the founding article, read from ../shared at run time.</summary>
public sealed class SeedTimelineTests
{
    [Fact]
    public async Task The_seed_article_gives_its_main_events_in_date_order_each_with_its_sentence()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("seed.db");
        var seed = SharedSeed.Path;

        var ingest = await CliRun.RunAsync("ingest", seed, "--store", store);
        var events = Json.ParseArray((await CliRun.RunAsync("events", "--store", store, "--format", "json")).Output);

        Assert.Equal((0, string.Empty), (ingest.ExitCode, ingest.Error));
        var rows = events.Cast<JObject>().ToList();
        var call = FindIndex(rows, "CONSULT", "2022-02-01", r => Has(r, "source", "Blinken") || Has(r, "target", "Blinken"));
        var council = FindIndex(rows, "CONSULT", "2022-01-31", _ => true);
        var buildUp = FindIndex(rows, "MOBILIZE", "2022-01-29..2022-01-30", r => Has(r, "source", "Russ"));
        Assert.True(call >= 0, "the planned call Blinken-Lawrow on 2022-02-01 is missing");
        Assert.True(council >= 0, "the UN Security Council session on 2022-01-31 is missing");
        Assert.True(buildUp >= 0, "the Russian troop build-up over the weekend 2022-01-29/30 is missing");
        Assert.Equal("planned", (string?)rows[call]["modality"]);
        Assert.True(buildUp < council && council < call, "events are not in date order");
        foreach (var index in new[] { call, council, buildUp })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)rows[index]["sentence"]));
        }

        var dates = rows.Select(r => (string)r["date"]!).Where(d => d != "undated").ToList();
        Assert.Equal(dates.OrderBy(d => d[..10], StringComparer.Ordinal), dates, StringComparer.Ordinal);
    }

    [Fact]
    public async Task Ingesting_the_seed_twice_leaves_the_statistics_unchanged()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("seed.db");

        await CliRun.RunAsync("ingest", SharedSeed.Path, "--store", store);
        var first = await CliRun.RunAsync("stats", "--store", store, "--format", "json");
        await CliRun.RunAsync("ingest", SharedSeed.Path, "--store", store);
        var second = await CliRun.RunAsync("stats", "--store", store, "--format", "json");

        Assert.Equal(first.Output, second.Output);
        Assert.True((long)Json.ParseArray(first.Output)[0]!["events"]! >= 10);
    }

    private static int FindIndex(List<JObject> rows, string type, string date, Func<JObject, bool> predicate) =>
        rows.FindIndex(r => (string?)r["type"] == type && (string?)r["date"] == date && predicate(r));

    private static bool Has(JObject row, string column, string name) =>
        ((string?)row[column] ?? string.Empty).Contains(name, StringComparison.OrdinalIgnoreCase);
}
