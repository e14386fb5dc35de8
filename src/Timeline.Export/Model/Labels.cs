using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Events;

namespace Timeline.Export.Model;

/// <summary>The shared wording of labels and values across formats.</summary>
internal static class Labels
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string? Date(LocalDate? date) => date is { } d ? Date(d) : null;

    private static readonly OffsetDateTimePattern DateTimePattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    /// <summary>ISO 8601 with a full offset (<c>2024-03-05T09:30:00+01:00</c>), as Neo4j and browsers parse it.</summary>
    public static string DateTime(OffsetDateTime time) => DateTimePattern.Format(time);

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>CONSULT 2024-03-05</c>, or <c>CONSULT (undated)</c>.</summary>
    public static string EventLabel(Event e) =>
        e.Type.ToWire() + " " + (e.Time is null ? "(undated)" : e.Time.Start == e.Time.End
            ? Date(e.Time.Start) : Date(e.Time.Start) + ".." + Date(e.Time.End));

    /// <summary>The text with characters XML 1.0 cannot hold (controls, lone surrogates) replaced by U+FFFD.</summary>
    public static string XmlSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid && builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            builder?.Append(valid ? c : '\uFFFD');
        }

        return builder?.ToString() ?? text;
    }
}
