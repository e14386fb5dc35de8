using System.Collections.Immutable;
using System.Globalization;

namespace Timeline.Evaluation.SemEval;

/// <summary>Reads timelines in the task's own file format (the format of <c>TimeLines_Gold_Standard/*.txt</c> and of
/// the systems' submissions): the entity name on the first line, then per line the order, the date and the
/// tab-separated coreferent mentions <c>doc-sentence-word</c>.</summary>
internal static class GoldTimelines
{
    public static EntityTimeline Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var rows = ImmutableArray.CreateBuilder<TimelineRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            var columns = lines[i].Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (columns.Length < 3)
            {
                continue;
            }

            if (!int.TryParse(columns[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var order))
            {
                throw new FormatException($"line {i + 1}: '{columns[0]}' is not an order");
            }

            rows.Add(new TimelineRow(order, columns[1], [.. columns.Skip(2)]));
        }

        return new EntityTimeline(lines[0].Trim(), rows.ToImmutable());
    }

    public static string Format(EntityTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var lines = new List<string> { timeline.Entity };
        lines.AddRange(timeline.Rows.Select(r => string.Join('\t', new[] { r.Order.ToString(CultureInfo.InvariantCulture), r.Date }.Concat(r.Mentions))));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The gold timelines of a folder, by file name (without extension), in ordinal order.</summary>
    public static IReadOnlyList<(string File, EntityTimeline Timeline)> ReadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), Parse(File.ReadAllText(f))))];
}
