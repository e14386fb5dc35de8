namespace Timeline.Core.Time;

/// <summary>How precisely an <see cref="EventTime"/> is known.</summary>
public enum Granularity
{
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,

    /// <summary>An interval with no calendar unit, e.g. "before publication" or "from 3 to 5 March".</summary>
    Range,
}
