using System.Globalization;
using System.Net;
using Newtonsoft.Json;
using NodaTime;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Time;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>TimelineJS 3 JSON (<c>new TL.Timeline(id, json)</c>): one slide per event, grouped by type, dated to its
/// granularity (a month-precise event has no day). An undated event is placed at its article's publication date with
/// "undated" in its display date; undated events of undated articles are left out (TimelineJS needs a date).</summary>
public sealed class TimelineJsExporter : IGraphExporter
{
    public string Name => "timelinejs";

    public string FileExtension => "json";

    public string MediaType => "application/json";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        var documents = view.Documents.ToDictionary(d => d.Id.Value, StringComparer.Ordinal);
        using var text = TextOutput.Create(output);
        using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 1, IndentChar = ' ', CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("title");
        json.WriteStartObject();
        json.WritePropertyName("text");
        json.WriteStartObject();
        Property(json, "headline", WebUtility.HtmlEncode(options.Title));
        Property(json, "text", Labels.Number(view.EventCount) + " events, " + Labels.Number(view.Actors.Length) + " actors");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WritePropertyName("events");
        json.WriteStartArray();
        foreach (var e in view.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            documents.TryGetValue(e.Primary.Document.Value, out var document);
            var placed = e.Time is null ? document?.Published?.Date : null;
            if (e.Time is null && placed is null)
            {
                continue;
            }

            json.WriteStartObject();
            if (e.Time is { } time)
            {
                json.WritePropertyName("start_date");
                WriteDate(json, time.Start, time.Granularity);
                if (time.End != time.Start && time.Granularity is not (Granularity.Month or Granularity.Year))
                {
                    json.WritePropertyName("end_date");
                    WriteDate(json, time.End, time.Granularity);
                }
            }
            else
            {
                json.WritePropertyName("start_date");
                WriteDate(json, placed!.Value, Granularity.Day);
                Property(json, "display_date", "undated (published " + Labels.Date(placed.Value) + ")");
            }

            json.WritePropertyName("text");
            json.WriteStartObject();
            var actors = string.Join(", ", e.Participants.Select(p => view.NameOf(p.Actor)));
            Property(json, "headline", WebUtility.HtmlEncode(e.Type.ToWire() + (actors.Length == 0 ? string.Empty : ": " + actors)));
            var origin = document is null ? e.Primary.Document.Value
                : document.Title + (document.Source is null ? string.Empty : " (" + document.Source + ")");
            Property(
                json,
                "text",
                "<p>" + WebUtility.HtmlEncode(e.Primary.SentenceText) + "</p><p><em>" + WebUtility.HtmlEncode(origin) + "</em> · "
                + WebUtility.HtmlEncode(e.Modality.ToWire()) + "</p>");
            json.WriteEndObject();
            Property(json, "group", e.Type.ToWire());
            Property(json, "unique_id", e.Id.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        text.Write('\n');
        return Task.CompletedTask;
    }

    private static void WriteDate(JsonTextWriter json, LocalDate date, Granularity granularity)
    {
        json.WriteStartObject();
        Property(json, "year", date.Year.ToString(CultureInfo.InvariantCulture));
        if (granularity != Granularity.Year)
        {
            Property(json, "month", date.Month.ToString(CultureInfo.InvariantCulture));
        }

        if (granularity is not (Granularity.Year or Granularity.Month or Granularity.Quarter))
        {
            Property(json, "day", date.Day.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
