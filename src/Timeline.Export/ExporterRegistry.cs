using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Export.Formats;

namespace Timeline.Export;

/// <summary>The exporters by format name.</summary>
public static class ExporterRegistry
{
    private static readonly ImmutableArray<IGraphExporter> All =
    [
        new GraphMlExporter(),
        new GexfExporter(),
        new CytoscapeJsonExporter(),
        new CypherExporter(),
        new Neo4jCsvExporter(),
        new DotExporter(),
        new TimelineJsExporter(),
        new HtmlExporter(),
        new PngChartExporter(),
    ];

    /// <summary>The format names: graphml, gexf, json, cypher, csv, dot, timelinejs, html, png.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(e => e.Name)];

    /// <summary>The exporter for <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="InputException">No such format.</exception>
    public static IGraphExporter Get(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException($"export: unknown format '{name}'; expected one of {string.Join(", ", Names)}");
}
