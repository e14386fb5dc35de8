using Timeline.Core.Graph;
using Timeline.Query.Tests.Fakes;
using Timeline.Storage;

namespace Timeline.Export.Tests.Support;

/// <summary>Runs exporters on the invented sample snapshot.</summary>
internal static class Exports
{
    public static async Task<GraphSnapshot> SnapshotAsync(SnapshotWindow? window = null)
    {
        var store = await SampleNews.StoreAsync();
        return await store.LoadSnapshotAsync(window ?? SnapshotWindow.Everything, CancellationToken.None);
    }

    public static async Task<byte[]> BytesAsync(string format, GraphSnapshot? snapshot = null)
    {
        snapshot ??= await SnapshotAsync();
        using var output = new MemoryStream();
        await ExporterRegistry.Get(format).WriteAsync(snapshot, output, new ExportOptions("Sample news", SnapshotWindow.Everything), CancellationToken.None);
        return output.ToArray();
    }

    public static async Task<string> TextAsync(string format, GraphSnapshot? snapshot = null) =>
        System.Text.Encoding.UTF8.GetString(await BytesAsync(format, snapshot));
}
