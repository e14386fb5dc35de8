using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace Timeline.Query.Timelines;

/// <summary>Maps a day to the period containing it.</summary>
public static class Periods
{
    private static readonly LocalDatePattern MonthPattern = LocalDatePattern.CreateWithInvariantCulture("yyyy'-'MM");

    /// <summary>The first and last day of the period of <paramref name="grouping"/> containing <paramref name="day"/>,
    /// and its label.</summary>
    public static (LocalDate Start, LocalDate End, string Label) Of(LocalDate day, Grouping grouping)
    {
        switch (grouping)
        {
            case Grouping.Day:
                return (day, day, LocalDatePattern.Iso.Format(day));
            case Grouping.Week:
                {
                    var start = day.PlusDays(-((int)day.DayOfWeek - 1));
                    var rules = WeekYearRules.Iso;
                    var label = string.Create(
                        CultureInfo.InvariantCulture,
                        $"{rules.GetWeekYear(day):D4}-W{rules.GetWeekOfWeekYear(day):D2}");
                    return (start, start.PlusDays(6), label);
                }

            case Grouping.Month:
                {
                    var start = new LocalDate(day.Year, day.Month, 1);
                    return (start, start.PlusMonths(1).PlusDays(-1), MonthPattern.Format(start));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "No period for this grouping.");
        }
    }
}
