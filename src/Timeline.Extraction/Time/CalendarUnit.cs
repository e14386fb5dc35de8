namespace Timeline.Extraction.Time;

/// <summary>A calendar unit as used in durations (<c>P3Y</c>) and relative expressions.</summary>
internal enum CalendarUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
