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

    /// <summary>Mutations the schemas must reject: format, element, attribute, new value (null removes it), and a text
    /// the error must name (null: any error).</summary>
    public static TheoryData<string, string, string, string?, string?> Mutations => new()
    {
        { "graphml", "edge", "target", "nobody-at-all", "nobody-at-all" },
        { "graphml", "key", "attr.type", "text", null },
        { "gexf", "spell", "start", "last week", null },
        { "gexf", "edge", "source", "nobody-at-all", "nobody-at-all" },
        { "gexf", "edge", "source", null, null },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task A_mutated_export_is_rejected_by_the_schema(string format, string element, string attribute, string? value, string? named)
    {
        var document = XDocument.Parse(await Exports.TextAsync(format));
        XNamespace ns = format == "graphml" ? "http://graphml.graphdrawing.org/xmlns" : "http://gexf.net/1.3";
        document.Descendants(ns + element).First().SetAttributeValue(attribute, value);

        var errors = Validate(format, document.ToString());

        Assert.NotEmpty(errors);
        Assert.True(named is null || errors.Any(e => e.Contains(named, StringComparison.Ordinal)), string.Join("\n", errors));
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
