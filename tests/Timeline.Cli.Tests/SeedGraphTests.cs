using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Timeline.Cli.Tests;

/// <summary>Issue #7 on the founding article (../shared/seed at run time): the actor profile, the exploration commands
/// and every export format answer on the seed's graph with its own actors, roles and counts.</summary>
public sealed class SeedGraphTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public SeedGraphTests()
    {
        _store = _folder.Combine("seed.db");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_seed_graph_has_Blinkens_role_his_call_with_Lawrow_and_a_ranked_centrality()
    {
        await IngestAsync();

        var profile = Json.Parse((await RunAsync("actor", "Blinken", "--format", "json")).Output);
        var path = Json.ParseArray((await RunAsync("path", "Blinken", "Lawrow", "--format", "json")).Output);
        var neighbours = Json.ParseArray((await RunAsync("neighbours", "Blinken", "--format", "json")).Output);
        var centrality = Json.ParseArray((await RunAsync("centrality", "--format", "json")).Output);

        Assert.Contains(profile["roles"]!, r => (string?)r["relation"] == "HOLDS_ROLE" && (string?)r["title"] == "Außenminister" && (string?)r["actor"] == "USA");
        var step = Assert.Single(path);
        Assert.Equal(("Antony Blinken", "Sergej Lawrow", "event", "2022-02-01"), ((string?)step["from"], (string?)step["to"], (string?)step["via"], (string?)step["date"]));
        Assert.Contains(neighbours, n => (string?)n["id"] == "sergej-lawrow" && (long)n["distance"]! == 1);
        var ranks = centrality.Select(c => double.Parse((string)c["pageRank"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);
        Assert.Contains((string?)centrality[0]["id"], new[] { "usa", "russia" });
    }

    [Fact]
    public async Task Every_export_of_the_seed_holds_its_actors_and_events()
    {
        await IngestAsync();
        var stats = Json.ParseArray((await RunAsync("stats", "--format", "json")).Output)[0]!;
        var (actors, events) = ((int)stats["actors"]!, (int)stats["events"]!);

        var json = JObject.Parse((await RunAsync("export", "json")).Output);
        var nodes = json["elements"]!["nodes"]!.Select(n => n["data"]!).ToList();
        Assert.Equal(actors, nodes.Count(n => (string?)n["class"] == "actor"));
        Assert.Equal(events, nodes.Count(n => (string?)n["class"] != "actor"));

        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";
        var xml = XDocument.Parse((await RunAsync("export", "graphml")).Output);
        Assert.Equal(actors + events, xml.Descendants(graphml + "node").Count(n => n.Elements(graphml + "data").Any(d => (string?)d.Attribute("key") == "n_class" && d.Value is "actor" or "event")));

        foreach (var format in new[] { "gexf", "cypher", "dot", "timelinejs", "html" })
        {
            var output = (await RunAsync("export", format)).Output;
            Assert.True(output.Contains("Antony Blinken", StringComparison.Ordinal) && output.Contains("Sergej Lawrow", StringComparison.Ordinal),
                $"the {format} export lacks Blinken or Lawrow");
        }

        var png = _folder.Combine("activity.png");
        var csv = _folder.Combine("csv");
        await RunAsync("export", "png", "-o", png);
        await RunAsync("export", "csv", "-o", csv);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
        Assert.Equal(actors + 1, File.ReadAllLines(Path.Combine(csv, "actors.csv")).Count(l => l.Length > 0));
        Assert.Equal(events + 1, File.ReadAllLines(Path.Combine(csv, "events.csv")).Count(l => l.Length > 0));
    }

    private async Task IngestAsync() => await RunAsync("ingest", SharedSeed.Path);

    private async Task<CliRun> RunAsync(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--store", _store]);
        Assert.True(run.ExitCode == 0, $"timeline {string.Join(' ', args)}: exit {run.ExitCode}: {run.Error}");
        return run;
    }
}
