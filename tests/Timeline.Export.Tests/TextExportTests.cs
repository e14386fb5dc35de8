using System.IO.Compression;
using System.Text;
using Newtonsoft.Json.Linq;
using Timeline.Export.Formats;
using Timeline.Export.Tests.Support;
using Timeline.Query.Tests.Fakes;

namespace Timeline.Export.Tests;

public sealed class TextExportTests
{
    [Fact]
    public async Task Cytoscape_json_parses_back_to_the_same_counts_and_names()
    {
        var snapshot = await Exports.SnapshotAsync();
        var json = JObject.Parse(await Exports.TextAsync("json", snapshot));

        var nodes = (JArray)json["elements"]!["nodes"]!;
        var edges = (JArray)json["elements"]!["edges"]!;
        Assert.Equal(snapshot.Actors.Length, nodes.Count(n => (string?)n["data"]!["class"] == "actor"));
        Assert.Equal(snapshot.Events.Length, nodes.Count(n => (string?)n["data"]!["class"] == "event"));
        Assert.Equal(snapshot.Events.Sum(e => e.Participants.Length) + snapshot.Relations.Length, edges.Count);
        Assert.Contains(nodes, n => (string?)n["data"]!["label"] == SampleNews.Hostile.Name);
        var ids = nodes.Select(n => (string)n["data"]!["id"]!).ToHashSet(StringComparer.Ordinal);
        Assert.All(edges, e => Assert.True(ids.Contains((string)e["data"]!["source"]!) && ids.Contains((string)e["data"]!["target"]!)));
    }

    [Fact]
    public async Task TimelineJS_has_a_slide_per_placeable_event_dated_to_its_granularity()
    {
        var json = JObject.Parse(await Exports.TextAsync("timelinejs"));

        var events = (JArray)json["events"]!;
        Assert.Equal(10, events.Count);
        var april = events.Single(e => (string?)e["start_date"]!["month"] == "4");
        Assert.Null(april["start_date"]!["day"]);
        var undated = events.Single(e => e["display_date"] is not null);
        Assert.Equal("undated (published 2024-03-05)", (string?)undated["display_date"]);
        var hostile = events.Single(e => ((string)e["text"]!["headline"]!).StartsWith("THREATEN", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>", (string)hostile["text"]!["headline"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Cypher_script_keeps_hostile_names_inside_its_literals()
    {
        var snapshot = await Exports.SnapshotAsync();
        var (code, literals) = CypherScript.Lex(await Exports.TextAsync("cypher", snapshot));

        Assert.Contains(SampleNews.Hostile.Name, literals);
        Assert.Contains("]]>", literals);
        Assert.DoesNotContain("DETACH", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", code, StringComparison.Ordinal);
        var statements = code.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3 + 5 + 2, statements.Length);
        Assert.All(statements.Skip(3), s => Assert.StartsWith("UNWIND [", s, StringComparison.Ordinal));
        Assert.Equal(snapshot.Events.Length, literals.Count(l => l.StartsWith("ev-", StringComparison.Ordinal)) - snapshot.Events.Sum(e => e.Participants.Length + e.Mentions.Length));
    }

    [Fact]
    public void A_Cypher_literal_escapes_everything_that_could_end_it()
    {
        Assert.Equal(@"'a\'b\\c\nd\u0001\""'", CypherLiteral.String("a'b\\c\nd\u0001\""));
        Assert.Equal("null", CypherLiteral.String(null));
        var (code, literals) = CypherScript.Lex("RETURN " + CypherLiteral.String("\\' OR 1=1 //") + ";");
        Assert.Equal("RETURN ?;", code);
        Assert.Equal("\\' OR 1=1 //", Assert.Single(literals));
    }

    [Fact]
    public async Task The_neo4j_import_zip_holds_every_file_with_the_same_counts()
    {
        var snapshot = await Exports.SnapshotAsync();
        using var zip = new ZipArchive(new MemoryStream(await Exports.BytesAsync("csv", snapshot)), ZipArchiveMode.Read);

        Assert.Equal(Neo4jCsvExporter.FileNames, zip.Entries.Select(e => e.FullName));
        var files = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
        var actors = CsvReader.Read(files["actors.csv"]);
        Assert.Equal(["id:ID(Actor)", "name", "kind", "aliases:string[]", ":LABEL"], actors[0].Select(f => f ?? string.Empty));
        Assert.Equal(snapshot.Actors.Length, actors.Count - 1);
        Assert.Contains(actors, r => r[1] == SampleNews.Hostile.Name && r[3] == "]]>;a,b|c");
        Assert.Equal(snapshot.Events.Length, CsvReader.Read(files["events.csv"]).Count - 1);
        Assert.Equal(snapshot.Events.Sum(e => e.Participants.Length), CsvReader.Read(files["participates_in.csv"]).Count - 1);
        Assert.Equal(snapshot.Events.Sum(e => e.Mentions.Length), CsvReader.Read(files["reported_in.csv"]).Count - 1);
        Assert.Equal(snapshot.Relations.Length, CsvReader.Read(files["relations.csv"]).Count - 1);
        Assert.Equal(snapshot.Documents.Length, CsvReader.Read(files["documents.csv"]).Count - 1);
        Assert.Contains("neo4j-admin database import full", files["import.sh"], StringComparison.Ordinal);
        var undated = CsvReader.Read(files["events.csv"]).Where(r => r[4] is null).ToList();
        Assert.Equal(2, undated.Count);
        Golden.Check("sample.csv.txt", string.Concat(Neo4jCsvExporter.FileNames.Select(name => "== " + name + "\n" + files[name])));
    }

    [Fact]
    public async Task The_csv_folder_holds_the_same_files_as_the_zip()
    {
        var snapshot = await Exports.SnapshotAsync();
        var directory = Path.Combine(Path.GetTempPath(), "timeline-csv-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await Neo4jCsvExporter.WriteDirectoryAsync(new Timeline.Core.Graph.InMemorySnapshotSource(snapshot), directory, CancellationToken.None);
            using var zip = new ZipArchive(new MemoryStream(await Exports.BytesAsync("csv", snapshot)), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                Assert.Equal(new StreamReader(entry.Open()).ReadToEnd(), File.ReadAllText(Path.Combine(directory, entry.FullName)));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task DOT_has_one_line_per_node_and_edge_and_quotes_every_id()
    {
        var snapshot = await Exports.SnapshotAsync();
        var lines = (await Exports.TextAsync("dot", snapshot)).TrimEnd('\n').Split('\n');

        Assert.Equal("digraph timeline {", lines[0]);
        Assert.Equal("}", lines[^1]);
        var body = lines[4..^1];
        var edges = body.Where(l => l.Contains("\" -> \"", StringComparison.Ordinal)).ToList();
        Assert.Equal(snapshot.Events.Sum(e => e.Participants.Length) + snapshot.Relations.Length, edges.Count);
        Assert.Equal(snapshot.Actors.Length + snapshot.Events.Length, body.Length - edges.Count);
        Assert.All(body, l => Assert.Matches("^  \"[^\"]+\"( -> \"[^\"]+\")? \\[.*\\];$", l));
        Assert.Contains(body, l => l.Contains("label=\"Bob \\\"Drop\\\" O'Neil \\\\ ", StringComparison.Ordinal));
    }
}
