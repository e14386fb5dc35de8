using Timeline.Core.Graph;

namespace Timeline.Export;

/// <summary>Exports a snapshot that is already in memory.</summary>
public static class GraphExporterExtensions
{
    /// <summary>Writes <paramref name="snapshot"/> through <see cref="InMemorySnapshotSource"/>.</summary>
    public static Task WriteAsync(this IGraphExporter exporter, GraphSnapshot snapshot, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        return exporter.WriteAsync(new InMemorySnapshotSource(snapshot), output, options, cancellationToken);
    }
}
