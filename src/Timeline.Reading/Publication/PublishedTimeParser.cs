using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Timeline.Reading.Publication;

/// <summary>Reads publication times in the spellings news inputs use: ISO 8601 (with or without time and offset),
/// RFC 822 as in RSS, German <c>01.02.2022 10:53 Uhr</c> and English <c>February 1, 2022 10:53 AM</c>.</summary>
/// <remarks>An impossible date (<c>31.02.2022</c>) is reported as such rather than as an unknown format.</remarks>
public static partial class PublishedTimeParser
{
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<Z+HH:mm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HHmm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("ddd', 'd MMM uuuu HH':'mm':'ss o<+HHmm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("ddd', 'd MMM uuuu HH':'mm o<+HHmm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("d MMM uuuu HH':'mm':'ss o<+HHmm>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("ddd', 'd MMM uuuu HH':'mm':'ss"),
    ];

    private static readonly string[] EnglishMonths =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] GermanMonths =
    [
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    ];

    /// <summary>Parses a publication time; <paramref name="error"/> says what is wrong when it returns false.</summary>
    public static bool TryParse(string? value, out PublishedTime? time, out string? error)
    {
        time = null;
        error = null;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "is empty";
            return false;
        }

        // RSS writes "GMT"/"UT" where it means +0000.
        var rfc = RfcZoneName().Replace(text, "+0000");
        foreach (var pattern in OffsetPatterns)
        {
            var parsed = pattern.Parse(rfc);
            if (parsed.Success)
            {
                time = new PublishedTime(parsed.Value.LocalDateTime, parsed.Value.Offset);
                return true;
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                time = new PublishedTime(parsed.Value, null);
                return true;
            }
        }

        var match = IsoDate().Match(text);
        if (match.Success && match.Length == text.Length)
        {
            return TryBuild(Int(match, "y"), Int(match, "m"), Int(match, "d"), 0, 0, text, out time, out error);
        }

        return TryParseDateline(text, out time, out error, wholeText: true);
    }

    /// <summary>Finds a dateline in one line of text: <c>Stand: 01.02.2022 10:53 Uhr</c>, <c>Updated: February 1, 2022</c>,
    /// <c>1 February 2022</c>, <c>1. Februar 2022</c> or an ISO date.</summary>
    /// <returns>True with a time when the line holds a dateline; false with <paramref name="error"/> set when it holds an
    /// impossible one; false with no error when it holds none.</returns>
    public static bool TryParseDateline(string line, out PublishedTime? time, out string? error, bool wholeText = false)
    {
        ArgumentNullException.ThrowIfNull(line);
        time = null;
        error = null;
        Match match;
        if ((match = GermanNumericDate().Match(line)).Success)
        {
            return TryBuild(Int(match, "y"), Int(match, "m"), Int(match, "d"), OptionalInt(match, "h"), OptionalInt(match, "min"), match.Value, out time, out error);
        }

        if ((match = GermanWordDate().Match(line)).Success)
        {
            var month = Array.IndexOf(GermanMonths, match.Groups["mon"].Value.ToLowerInvariant()) + 1;
            return TryBuild(Int(match, "y"), month, Int(match, "d"), OptionalInt(match, "h"), OptionalInt(match, "min"), match.Value, out time, out error);
        }

        if ((match = EnglishWordDate().Match(line)).Success || (match = EnglishDayFirstDate().Match(line)).Success)
        {
            var month = Array.IndexOf(EnglishMonths, match.Groups["mon"].Value.ToLowerInvariant()) + 1;
            var hour = OptionalInt(match, "h");
            var meridiem = match.Groups["ampm"].Value.ToLowerInvariant();
            if (meridiem.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            return TryBuild(Int(match, "y"), month, Int(match, "d"), hour, OptionalInt(match, "min"), match.Value, out time, out error);
        }

        if ((match = IsoDate().Match(line)).Success && !wholeText)
        {
            return TryBuild(Int(match, "y"), Int(match, "m"), Int(match, "d"), 0, 0, match.Value, out time, out error);
        }

        if (wholeText)
        {
            error = $"'{line}' is not a date; expected ISO 8601 such as 2022-02-01T10:53:00+01:00";
        }

        return false;
    }

    private static bool TryBuild(int year, int month, int day, int hour, int minute, string text, out PublishedTime? time, out string? error)
    {
        time = null;
        error = null;
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            error = $"'{text}' is not a valid date";
            return false;
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59)
        {
            error = $"'{text}' is not a valid time of day";
            return false;
        }

        time = new PublishedTime(new LocalDateTime(year, month, day, hour, minute), null);
        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int OptionalInt(Match match, string group) => match.Groups[group].Success ? Int(match, group) : 0;

    [GeneratedRegex(@"\b(?:GMT|UTC|UT)\b|(?<=\d)Z$", RegexOptions.CultureInvariant)]
    private static partial Regex RfcZoneName();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?:,?\s*(?:um\s*)?(?<h>\d{1,2})[:.](?<min>\d{2})(?:\s*Uhr)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex GermanNumericDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\.\s*(?<mon>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s+(?<y>\d{4})(?:,?\s*(?:um\s*)?(?<h>\d{1,2})[:.](?<min>\d{2})(?:\s*Uhr)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GermanWordDate();

    [GeneratedRegex(@"\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?<y>\d{4})(?:,?\s*(?:at\s*)?(?<h>\d{1,2})[:.](?<min>\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWordDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>\d{4})(?:,?\s*(?:at\s*)?(?<h>\d{1,2})[:.](?<min>\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayFirstDate();
}
