using Timeline.Core.Graph;

namespace Timeline.Export;

/// <summary>Writes a <see cref="GraphSnapshot"/> in one format. Output is deterministic (the same snapshot gives the
/// same bytes) and written as it goes, without building the document in memory.</summary>
public interface IGraphExporter
{
    /// <summary>The format name on the command line (<c>graphml</c>).</summary>
    string Name { get; }

    /// <summary>The usual file extension, without the dot.</summary>
    string FileExtension { get; }

    /// <summary>The media type of the output.</summary>
    string MediaType { get; }

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="output"/>, which stays open.</summary>
    Task WriteAsync(GraphSnapshot snapshot, Stream output, ExportOptions options, CancellationToken cancellationToken);
}
