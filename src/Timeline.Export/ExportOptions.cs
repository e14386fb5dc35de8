using Timeline.Storage;

namespace Timeline.Export;

/// <summary>What an export is called and which window it shows (for headings and metadata only: the snapshot is
/// already windowed by <see cref="IGraphStore.LoadSnapshotAsync"/>).</summary>
/// <param name="Title">A heading for the outputs that have one.</param>
/// <param name="Window">The window the snapshot was loaded with.</param>
public sealed record ExportOptions(string Title, SnapshotWindow Window)
{
    public static ExportOptions Default { get; } = new("Timeline", SnapshotWindow.Everything);
}
