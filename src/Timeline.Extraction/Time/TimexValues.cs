using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Timeline.Core.Time;

namespace Timeline.Extraction.Time;

/// <summary>Builds TIMEX3 values and their calendar intervals. Every method returns null for a date that does not exist.</summary>
internal static class TimexValues
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static LocalDate? TryDate(int year, int month, int day)
    {
        if (!IsValidYear(year) || month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        return day > CalendarSystem.Iso.GetDaysInMonth(year, month) ? null : new LocalDate(year, month, day);
    }

    public static string Iso(LocalDate date) =>
        string.Create(Inv, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    public static TimexMeaning Day(LocalDate date) => new(TimexType.Date, Iso(date), EventTime.Day(date));

    public static TimexMeaning? Month(int year, int month)
    {
        if (!IsValidYear(year) || month is < 1 or > 12)
        {
            return null;
        }

        var start = new LocalDate(year, month, 1);
        var value = string.Create(Inv, $"{year:D4}-{month:D2}");
        return new(TimexType.Date, value, new EventTime(start, start.With(DateAdjusters.EndOfMonth), Granularity.Month, value));
    }

    public static TimexMeaning? Year(int year)
    {
        if (!IsValidYear(year))
        {
            return null;
        }

        var value = year.ToString("D4", Inv);
        return new(TimexType.Date, value, new EventTime(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), Granularity.Year, value));
    }

    public static TimexMeaning Week(LocalDate anyDay)
    {
        var rules = WeekYearRules.Iso;
        var value = string.Create(Inv, $"{rules.GetWeekYear(anyDay):D4}-W{rules.GetWeekOfWeekYear(anyDay):D2}");
        var monday = anyDay.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return new(TimexType.Date, value, new EventTime(monday, monday.PlusDays(6), Granularity.Week, value));
    }

    /// <summary>The weekend (Saturday and Sunday) of the ISO week containing <paramref name="anyDay"/>.</summary>
    public static TimexMeaning Weekend(LocalDate anyDay)
    {
        var rules = WeekYearRules.Iso;
        var value = string.Create(Inv, $"{rules.GetWeekYear(anyDay):D4}-W{rules.GetWeekOfWeekYear(anyDay):D2}-WE");
        var saturday = anyDay.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).PlusDays(5);
        return new(TimexType.Date, value, new EventTime(saturday, saturday.PlusDays(1), Granularity.Weekend, value));
    }

    public static TimexMeaning? Quarter(int year, int quarter)
    {
        if (!IsValidYear(year) || quarter is < 1 or > 4)
        {
            return null;
        }

        var start = new LocalDate(year, (3 * (quarter - 1)) + 1, 1);
        var value = string.Create(Inv, $"{year:D4}-Q{quarter}");
        var end = new LocalDate(year, 3 * quarter, 1).With(DateAdjusters.EndOfMonth); // no overflow in 9999-Q4
        return new(TimexType.Date, value, new EventTime(start, end, Granularity.Quarter, value));
    }

    public static TimexMeaning? Half(int year, int half)
    {
        if (!IsValidYear(year) || half is < 1 or > 2)
        {
            return null;
        }

        var start = new LocalDate(year, half == 1 ? 1 : 7, 1);
        var value = string.Create(Inv, $"{year:D4}-H{half}");
        var end = new LocalDate(year, half * 6, 1).With(DateAdjusters.EndOfMonth); // no overflow in 9999-H2
        return new(TimexType.Date, value, new EventTime(start, end, Granularity.Range, value));
    }

    /// <summary>A season: SP (March-May), SU (June-August), FA (September-November), WI (December-February of the next year).</summary>
    public static TimexMeaning? Season(int year, string season)
    {
        if (!IsValidYear(year) || year == MaxYear)
        {
            return null;
        }

        var startMonth = season switch
        {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            "WI" => 12,
            _ => 0,
        };
        if (startMonth == 0)
        {
            return null;
        }

        var start = new LocalDate(year, startMonth, 1);
        var value = string.Create(Inv, $"{year:D4}-{season}");
        return new(TimexType.Date, value, new EventTime(start, start.PlusMonths(3).PlusDays(-1), Granularity.Range, value));
    }

    /// <summary>A decade given by its first year (1990 → <c>199</c>).</summary>
    public static TimexMeaning? Decade(int firstYear)
    {
        if (firstYear < 0 || firstYear + 9 > MaxYear || firstYear % 10 != 0)
        {
            return null;
        }

        var value = (firstYear / 10).ToString("D3", Inv);
        var start = new LocalDate(Math.Max(firstYear, 1), 1, 1);
        return new(TimexType.Date, value, new EventTime(start, new LocalDate(firstYear + 9, 12, 31), Granularity.Range, value));
    }

    /// <summary>A century given by its ordinal (15. Jahrhundert → <c>14</c>, 1400-1499).</summary>
    public static TimexMeaning? Century(int ordinal)
    {
        if (ordinal is < 1 or > 99)
        {
            return null;
        }

        var first = (ordinal - 1) * 100;
        var value = (ordinal - 1).ToString("D2", Inv);
        return new(TimexType.Date, value, new EventTime(new LocalDate(Math.Max(first, 1), 1, 1), new LocalDate(first + 99, 12, 31), Granularity.Range, value));
    }

    /// <summary>A clock time, on <paramref name="day"/> if it is known.</summary>
    public static TimexMeaning? ClockTime(LocalDate? day, int hour, int minute, bool minutesGiven, bool utc = false)
    {
        if (hour is < 0 or > 24 || minute is < 0 or > 59 || (hour == 24 && minute != 0))
        {
            return null;
        }

        var clock = string.Create(Inv, $"T{hour:D2}:{minute:D2}") + (utc ? "Z" : string.Empty);
        if (day is not { } d)
        {
            return new(TimexType.Time, clock, null);
        }

        var value = Iso(d) + clock;
        return new(TimexType.Time, value, new EventTime(d, d, minutesGiven ? Granularity.Minute : Granularity.Hour, value));
    }

    /// <summary>A part of a day: MO, MI (noon), AF, EV, NI, DT.</summary>
    public static TimexMeaning PartOfDay(LocalDate? day, string part)
    {
        if (day is not { } d)
        {
            return new(TimexType.Time, "XXXX-XX-XXT" + part, null);
        }

        var value = Iso(d) + "T" + part;
        return new(TimexType.Time, value, new EventTime(d, d, Granularity.Day, value));
    }

    /// <summary>A duration; decades and centuries are written in years (<c>P10Y</c>), as the corpora annotate them.</summary>
    public static TimexMeaning Duration(decimal amount, CalendarUnit unit) => unit switch
    {
        CalendarUnit.Decade => new(TimexType.Duration, DurationValue((amount * 10).ToString("0.##", Inv), CalendarUnit.Year), null),
        CalendarUnit.Century => new(TimexType.Duration, DurationValue((amount * 100).ToString("0.##", Inv), CalendarUnit.Year), null),
        _ => new(TimexType.Duration, DurationValue(amount.ToString("0.##", Inv), unit), null),
    };

    /// <summary>A duration whose fraction is written in the next smaller unit, as TimeBank does ("2 1/2 years" =
    /// <c>P2Y6M</c>, "5 1/2 hours" = <c>PT5H30M</c>); other amounts as <see cref="Duration"/>.</summary>
    public static TimexMeaning CompoundDuration(decimal amount, CalendarUnit unit)
    {
        var whole = decimal.Truncate(amount);
        var fraction = amount - whole;
        var (smaller, factor) = unit switch
        {
            CalendarUnit.Year => (CalendarUnit.Month, 12m),
            CalendarUnit.Day => (CalendarUnit.Hour, 24m),
            CalendarUnit.Hour => (CalendarUnit.Minute, 60m),
            CalendarUnit.Minute => (CalendarUnit.Second, 60m),
            _ => (unit, 0m),
        };
        var part = fraction * factor;
        if (fraction == 0 || factor == 0 || part != decimal.Truncate(part))
        {
            return Duration(amount, unit);
        }

        var small = DurationValue(part.ToString("0", Inv), smaller);
        if (whole == 0)
        {
            return new(TimexType.Duration, small, null);
        }

        var large = DurationValue(whole.ToString("0", Inv), unit);
        // P2Y + 6M, P2D + T12H, PT5H + 30M, PT1M + 30S
        var value = large + small[(unit is CalendarUnit.Hour or CalendarUnit.Minute ? 2 : 1)..];
        return new(TimexType.Duration, value, null);
    }

    /// <summary>"years", "decades": an unknown amount; decades and centuries in years, as their numbered durations
    /// ("decades" = <c>PXY</c>, as AQUAINT and MEANTIME write "decades-long").</summary>
    public static TimexMeaning VagueDuration(CalendarUnit unit) =>
        new(TimexType.Duration, DurationValue("X", unit is CalendarUnit.Decade or CalendarUnit.Century ? CalendarUnit.Year : unit), null);

    public static string DurationValue(string amount, CalendarUnit unit) => unit switch
    {
        CalendarUnit.Second => "PT" + amount + "S",
        CalendarUnit.Minute => "PT" + amount + "M",
        CalendarUnit.Hour => "PT" + amount + "H",
        CalendarUnit.Day => "P" + amount + "D",
        CalendarUnit.Week => "P" + amount + "W",
        CalendarUnit.Weekend => "P" + amount + "WE",
        CalendarUnit.Month => "P" + amount + "M",
        CalendarUnit.Quarter => "P" + amount + "Q",
        CalendarUnit.Year => "P" + amount + "Y",
        CalendarUnit.Decade => "P" + amount + "DE",
        CalendarUnit.Century => "P" + amount + "CE",
        _ => "P" + amount + "D",
    };

    public static TimexMeaning Set(string value) => new(TimexType.Set, value, null);

    public static TimexMeaning Vague(string value) => new(TimexType.Date, value, null);

    /// <summary>The calendar unit containing <paramref name="day"/> shifted by <paramref name="amount"/> units.</summary>
    public static TimexMeaning? Shifted(LocalDate day, CalendarUnit unit, int amount)
    {
        try
        {
            return unit switch
            {
                CalendarUnit.Day => Day(day.PlusDays(amount)),
                CalendarUnit.Week => Week(day.PlusWeeks(amount)),
                CalendarUnit.Weekend => Weekend(day.PlusWeeks(amount)),
                CalendarUnit.Month => day.PlusMonths(amount) is var m ? Month(m.Year, m.Month) : null,
                CalendarUnit.Quarter => day.PlusMonths(3 * amount) is var q ? Quarter(q.Year, ((q.Month - 1) / 3) + 1) : null,
                CalendarUnit.Year => Year(day.Year + amount),
                CalendarUnit.Decade => Decade(((day.Year / 10) + amount) * 10),
                CalendarUnit.Century => Century((day.Year / 100) + 1 + amount),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // beyond NodaTime's supported range
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
