using System.Xml.Linq;
using Timeline.Export.Tests.Support;
using Timeline.Query.Tests.Fakes;

namespace Timeline.Export.Tests;

public sealed class XmlExportTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task GraphML_has_every_actor_event_participation_and_relation()
    {
        var snapshot = await Exports.SnapshotAsync();
        var document = XDocument.Parse(await Exports.TextAsync("graphml", snapshot));

        var root = document.Root!;
        Assert.Equal(GraphMl + "graphml", root.Name);
        var keys = root.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.All(root.Elements(GraphMl + "key"), k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "int", "double" }));
        var graph = Assert.Single(root.Elements(GraphMl + "graph"));
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        var nodes = graph.Elements(GraphMl + "node").Select(n => (string)n.Attribute("id")!).ToList();
        var edges = graph.Elements(GraphMl + "edge").ToList();
        Assert.Equal(11 + 11, nodes.Count);
        Assert.Equal(nodes.Count, nodes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(snapshot.Events.Sum(e => e.Participants.Length) + snapshot.Relations.Length, edges.Count);
        Assert.Equal(24, edges.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodes);
            Assert.Contains((string)e.Attribute("target")!, nodes);
        });
        Assert.All(root.Descendants(GraphMl + "data"), d =>
            Assert.Equal(d.Parent!.Name.LocalName, keys[(string)d.Attribute("key")!]));
        var hostile = graph.Elements(GraphMl + "node").Single(n => (string)n.Attribute("id")! == "hostile-group");
        var label = hostile.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == "n_label").Value;
        Assert.Equal(SampleNews.Hostile.Name.Replace('\u0001', '\uFFFD'), label);
    }

    [Fact]
    public async Task GEXF_is_dynamic_with_spells_on_dated_nodes_and_edges()
    {
        var snapshot = await Exports.SnapshotAsync();
        var document = XDocument.Parse(await Exports.TextAsync("gexf", snapshot));

        var root = document.Root!;
        Assert.Equal(Gexf + "gexf", root.Name);
        Assert.Equal("1.3", (string)root.Attribute("version")!);
        var graph = root.Element(Gexf + "graph")!;
        Assert.Equal(("dynamic", "date", "interval"), ((string)graph.Attribute("mode")!, (string)graph.Attribute("timeformat")!, (string)graph.Attribute("timerepresentation")!));
        var declared = graph.Elements(Gexf + "attributes")
            .ToDictionary(a => (string)a.Attribute("class")!, a => a.Elements(Gexf + "attribute").Select(x => (string)x.Attribute("id")!).ToHashSet());
        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToList();
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        Assert.Equal(22, nodes.Count);
        Assert.Equal(24, edges.Count);
        Assert.All(nodes, n => Assert.All(n.Descendants(Gexf + "attvalue"), v => Assert.Contains((string)v.Attribute("for")!, declared["node"])));
        Assert.All(edges, e => Assert.All(e.Descendants(Gexf + "attvalue"), v => Assert.Contains((string)v.Attribute("for")!, declared["edge"])));
        Assert.All(root.Descendants(Gexf + "spell").Where(s => s.Attribute("end") is not null), s =>
            Assert.True(string.CompareOrdinal((string)s.Attribute("start")!, (string)s.Attribute("end")!) <= 0));

        var dated = snapshot.Events.Count(e => e.Time is not null);
        Assert.Equal(dated, nodes.Count(n => ((string)n.Attribute("id")!).StartsWith("ev-", StringComparison.Ordinal) && n.Element(Gexf + "spells") is not null));
        var blinken = nodes.Single(n => (string)n.Attribute("id")! == "antony-blinken");
        Assert.Equal(
            ["2024-03-04..2024-03-10", "2024-04-01..2024-04-30"],
            blinken.Descendants(Gexf + "spell").Select(s => (string)s.Attribute("start")! + ".." + (string)s.Attribute("end")!));
    }
}
