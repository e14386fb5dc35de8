using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Timeline.Export.Tests.Support;
using Timeline.Storage;

namespace Timeline.Export.Tests;

/// <summary>GraphML and GEXF output validated against the project's own transcriptions of the published schemas
/// (tests/Timeline.Export.Tests/Schemas), for the whole sample graph and for windowed snapshots.</summary>
public sealed class SchemaValidationTests
{
    public static TheoryData<string, string?> Windows => new()
    {
        { "graphml", null },
        { "graphml", "2024-03-06" },
        { "gexf", null },
        { "gexf", "2024-03-06" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Export_is_valid_against_its_published_schema(string format, string? asOf)
    {
        var window = asOf is null
            ? SnapshotWindow.Everything
            : new SnapshotWindow(null, null, NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);
        var text = await Exports.TextAsync(format, await Exports.SnapshotAsync(window));

        var errors = Validate(format, text);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_GraphML_edge_to_a_missing_node_is_rejected_by_the_schema()
    {
        var document = XDocument.Parse(await Exports.TextAsync("graphml"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        document.Descendants(ns + "edge").First().SetAttributeValue("target", "nobody-at-all");

        var errors = Validate("graphml", document.ToString());

        Assert.Contains(errors, e => e.Contains("nobody-at-all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_GraphML_key_with_an_unknown_attribute_type_is_rejected_by_the_schema()
    {
        var document = XDocument.Parse(await Exports.TextAsync("graphml"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        document.Descendants(ns + "key").First().SetAttributeValue("attr.type", "text");

        Assert.NotEmpty(Validate("graphml", document.ToString()));
    }

    [Fact]
    public async Task A_GEXF_spell_with_a_non_date_bound_is_rejected_by_the_schema()
    {
        var document = XDocument.Parse(await Exports.TextAsync("gexf"));
        XNamespace ns = "http://gexf.net/1.3";
        document.Descendants(ns + "spell").First().SetAttributeValue("start", "last week");

        Assert.NotEmpty(Validate("gexf", document.ToString()));
    }

    [Fact]
    public async Task A_GEXF_edge_to_a_missing_node_is_rejected_by_the_schema()
    {
        var document = XDocument.Parse(await Exports.TextAsync("gexf"));
        XNamespace ns = "http://gexf.net/1.3";
        document.Descendants(ns + "edge").First().SetAttributeValue("source", "nobody-at-all");

        Assert.Contains(Validate("gexf", document.ToString()), e => e.Contains("nobody-at-all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_GEXF_edge_without_a_source_is_rejected_by_the_schema()
    {
        var document = XDocument.Parse(await Exports.TextAsync("gexf"));
        XNamespace ns = "http://gexf.net/1.3";
        document.Descendants(ns + "edge").First().Attribute("source")!.Remove();

        Assert.NotEmpty(Validate("gexf", document.ToString()));
    }

    private static List<string> Validate(string format, string xml)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var schema = XmlReader.Create(Path.Combine(RepositoryPaths.Root, "tests", "Timeline.Export.Tests", "Schemas", format + ".xsd")))
        {
            schemas.Add(null, schema);
        }

        schemas.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Severity + " line " + e.Exception.LineNumber + ": " + e.Message);
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
