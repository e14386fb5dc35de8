namespace Timeline.Core.Time;

/// <summary>Maps the time enums to and from their wire strings in the extraction JSON.</summary>
public static class TimeWireNames
{
    public static string ToWire(this TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParseTimexType(string? wire, out TimexType type)
    {
        foreach (var candidate in Enum.GetValues<TimexType>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static string ToWire(this Granularity granularity) => granularity switch
    {
        Granularity.Minute => "minute",
        Granularity.Hour => "hour",
        Granularity.Day => "day",
        Granularity.Weekend => "weekend",
        Granularity.Week => "week",
        Granularity.Month => "month",
        Granularity.Quarter => "quarter",
        Granularity.Year => "year",
        Granularity.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    public static bool TryParseGranularity(string? wire, out Granularity granularity)
    {
        foreach (var candidate in Enum.GetValues<Granularity>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                granularity = candidate;
                return true;
            }
        }

        granularity = default;
        return false;
    }
}
