using Timeline.Core.Graph;

namespace Timeline.Export;

/// <summary>Writes a graph snapshot in one format. Output is deterministic (the same snapshot gives the same bytes)
/// and written as it goes, without building the document in memory; the events are read from the
/// <see cref="ISnapshotSource"/> as they are written (once or twice per format), so memory stays bounded.</summary>
public interface IGraphExporter
{
    /// <summary>The format name on the command line (<c>graphml</c>).</summary>
    string Name { get; }

    /// <summary>The usual file extension, without the dot.</summary>
    string FileExtension { get; }

    /// <summary>The media type of the output.</summary>
    string MediaType { get; }

    /// <summary>Writes <paramref name="source"/> to <paramref name="output"/>, which stays open.</summary>
    Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken);
}
