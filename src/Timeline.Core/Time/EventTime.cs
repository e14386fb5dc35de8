using NodaTime;

namespace Timeline.Core.Time;

/// <summary>When something happened or is planned: an inclusive interval of calendar days.</summary>
/// <remarks>
/// <see cref="End"/> is inclusive (as NodaTime's <see cref="DateInterval"/> and the contract's <c>start</c>/<c>end</c>).
/// A single day has <c>Start == End</c> and <see cref="Granularity.Day"/>; "am Wochenende" of 2022-01-29 is
/// 2022-01-29..2022-01-30 with <see cref="Granularity.Weekend"/>.
/// </remarks>
public sealed record EventTime
{
    public EventTime(LocalDate start, LocalDate end, Granularity granularity, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "End date must not be earlier than the start date.");
        }

        (Start, End, Granularity, Value) = (start, end, granularity, value);
    }

    public LocalDate Start { get; }

    public LocalDate End { get; }

    public Granularity Granularity { get; }

    /// <summary>The TIMEX3 value this interval came from (<c>2022-W04-WE</c>), or a range such as <c>2022-01-24/2022-02-01</c>.</summary>
    public string Value { get; }

    /// <summary>Width in days, 1 for a single day.</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    public static EventTime Day(LocalDate day) =>
        new(day, day, Granularity.Day, NodaTime.Text.LocalDatePattern.Iso.Format(day));
}
