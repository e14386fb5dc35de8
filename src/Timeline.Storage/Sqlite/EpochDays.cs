using NodaTime;

namespace Timeline.Storage.Sqlite;

/// <summary>Converts dates to and from the integer day numbers the store indexes: days since 1970-01-01.</summary>
internal static class EpochDays
{
    // DateOnly.DayNumber counts from 0001-01-01; 1970-01-01 is day 719162.
    private const int UnixEpochDayNumber = 719162;

    public static long From(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpochDayNumber;

    public static LocalDate ToDate(long epochDay) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(checked((int)epochDay + UnixEpochDayNumber)));
}
