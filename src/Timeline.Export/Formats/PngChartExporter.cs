using ScottPlot;
using Timeline.Core.Graph;
using Timeline.Export.Model;
using Timeline.Query.Scoring;

namespace Timeline.Export.Formats;

/// <summary>A PNG bar chart of activity over time (ScottPlot, rendered by SkiaSharp, headless): dated events per day,
/// week or month, stacked by quad class (material and verbal cooperation, neutral, verbal and material conflict).</summary>
public sealed class PngChartExporter : IGraphExporter
{
    /// <summary>Image width in pixels.</summary>
    public const int Width = 1000;

    /// <summary>Image height in pixels.</summary>
    public const int Height = 450;

    private static readonly (QuadClass Class, string Label, string Color)[] Stack =
    [
        (QuadClass.MaterialConflict, "material conflict", "#b2182b"),
        (QuadClass.VerbalConflict, "verbal conflict", "#ef8a62"),
        (QuadClass.Neutral, "neutral", "#bababa"),
        (QuadClass.VerbalCooperation, "verbal cooperation", "#67a9cf"),
        (QuadClass.MaterialCooperation, "material cooperation", "#2166ac"),
    ];

    public string Name => "png";

    public string FileExtension => "png";

    public string MediaType => "image/png";

    public async Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Render(new SnapshotView(source), options.Title);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    private static byte[] Render(SnapshotView view, string title)
    {
        var series = ActivitySeries.Of(view.EventsWith(EventParts.None));
        using var plot = new Plot();
        plot.Title(title + " (events per " + series.Grouping switch
        {
            Query.Timelines.Grouping.Day => "day",
            Query.Timelines.Grouping.Week => "ISO week",
            _ => "month",
        } + ")");
        plot.YLabel("events");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.MinimumSize = 70;
        plot.Axes.Bottom.MinimumSize = 80;
        var bars = new List<Bar>();
        for (var i = 0; i < series.Points.Length; i++)
        {
            var point = series.Points[i];
            double bottom = 0;
            foreach (var (quad, _, color) in Stack)
            {
                var count = point.ByClass[(int)quad];
                if (count == 0)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = i,
                    ValueBase = bottom,
                    Value = bottom + count,
                    FillColor = Color.FromHex(color),
                    LineWidth = 0,
                });
                bottom += count;
            }
        }

        plot.Add.Bars(bars);
        var step = Math.Max(1, (int)Math.Ceiling(series.Points.Length / 20.0));
        var ticks = Enumerable.Range(0, series.Points.Length).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => series.Points[i].Label)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Margins(bottom: 0);
        foreach (var (_, label, color) in Stack.Reverse())
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = Color.FromHex(color) });
        }

        plot.ShowLegend(Edge.Right);
        if (series.Points.Length == 0)
        {
            plot.Add.Annotation("no dated events");
        }

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
