using SkiaSharp;
using Timeline.Export.Formats;
using Timeline.Export.Tests.Support;

namespace Timeline.Export.Tests;

public sealed class ImageExportTests
{
    [Fact]
    public async Task The_activity_chart_is_a_png_with_stacked_bars_in_the_class_colours()
    {
        var bytes = await Exports.BytesAsync("png");

        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((PngChartExporter.Width, PngChartExporter.Height), (bitmap.Width, bitmap.Height));
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.Contains((uint)SKColor.Parse("#2166ac"), colours);
        Assert.Contains((uint)SKColor.Parse("#b2182b"), colours);
        Assert.Contains((uint)SKColor.Parse("#ef8a62"), colours);
    }

    [Fact]
    public async Task An_empty_snapshot_still_gives_a_chart()
    {
        var empty = new Core.Graph.GraphSnapshot([], [], [], []);

        using var bitmap = SKBitmap.Decode(await Exports.BytesAsync("png", empty));

        Assert.Equal(PngChartExporter.Width, bitmap.Width);
    }
}
