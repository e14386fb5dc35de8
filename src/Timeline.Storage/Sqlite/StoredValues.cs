using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Storage.Sqlite;

/// <summary>How domain values are written to and read from columns. Reading a value this build cannot understand
/// means the file was damaged or written by something else: <see cref="InvalidDataException"/>, which the store turns
/// into a <see cref="StoreException"/>.</summary>
internal static class StoredValues
{
    /// <summary>Publication times: ISO 8601 with a <c>+HH:mm</c> offset, fractional seconds only when present.</summary>
    public static OffsetDateTimePattern Published { get; } =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    public static string Key(string text) => text.Trim().ToLowerInvariant();

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string? Date(LocalDate? date) => date is { } value ? Date(value) : null;

    public static EventType EventType(string wire) =>
        EventWireNames.TryParseEventType(wire, out var value) ? value : throw Unreadable("event type", wire);

    public static Modality Modality(string wire) =>
        EventWireNames.TryParseModality(wire, out var value) ? value : throw Unreadable("modality", wire);

    public static ParticipantRole Role(string wire) =>
        EventWireNames.TryParseRole(wire, out var value) ? value : throw Unreadable("participant role", wire);

    public static ActorKind ActorKind(string wire) =>
        ActorKindNames.TryParse(wire, out var value) ? value : throw Unreadable("actor kind", wire);

    public static RelationType RelationType(string wire) =>
        RelationTypeNames.TryParse(wire, out var value) ? value : throw Unreadable("relation type", wire);

    public static Language Language(string wire) =>
        LanguageCodes.TryParse(wire, out var value) ? value : throw Unreadable("language", wire);

    public static Granularity Granularity(string wire) =>
        TimeWireNames.TryParseGranularity(wire, out var value) ? value : throw Unreadable("granularity", wire);

    public static OffsetDateTime? ParsePublished(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = Published.Parse(text);
        return result.Success ? result.Value : throw Unreadable("publication time", text);
    }

    /// <summary>An event time from its stored columns, or null when undated.</summary>
    public static EventTime? Time(long? startDay, long? endDay, string? granularity, string? value)
    {
        if (startDay is null || endDay is null)
        {
            return null;
        }

        return new EventTime(
            EpochDays.ToDate(startDay.Value),
            EpochDays.ToDate(endDay.Value),
            Granularity(granularity ?? throw Unreadable("granularity", "null")),
            value ?? throw Unreadable("time value", "null"));
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static InvalidDataException Unreadable(string what, string value) =>
        new($"unreadable {what} '{value}' (the store file was changed by another program?)");
}
