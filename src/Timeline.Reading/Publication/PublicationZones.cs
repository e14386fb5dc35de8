using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Reading.Publication;

/// <summary>The time zone a publication time without an offset is read in: Europe/Berlin for German outlets, UTC for
/// English ones (no single zone serves English news).</summary>
public static class PublicationZones
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public static DateTimeZone For(Language language) => language == Language.German ? Berlin : DateTimeZone.Utc;
}
