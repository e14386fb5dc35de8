using NodaTime;
using Timeline.Reading.Publication;

namespace Timeline.Reading.Tests.Publication;

public sealed class PublishedTimeParserTests
{
    [Theory]
    [InlineData("2022-02-01", "2022-02-01T00:00:00", null)]
    [InlineData("2022-02-01T10:53", "2022-02-01T10:53:00", null)]
    [InlineData("2022-02-01T10:53:00+01:00", "2022-02-01T10:53:00", 60)]
    [InlineData("2022-02-01T09:53:00Z", "2022-02-01T09:53:00", 0)]
    [InlineData("2022-02-01T09:53:00.123Z", "2022-02-01T09:53:00.123", 0)]
    [InlineData("Tue, 01 Feb 2022 10:53:00 +0100", "2022-02-01T10:53:00", 60)]
    [InlineData("Tue, 01 Feb 2022 09:53:00 GMT", "2022-02-01T09:53:00", 0)]
    [InlineData("01.02.2022 10:53 Uhr", "2022-02-01T10:53:00", null)]
    [InlineData("1. Februar 2022", "2022-02-01T00:00:00", null)]
    [InlineData("February 1, 2022 10:53 PM", "2022-02-01T22:53:00", null)]
    public void Common_spellings_are_read(string text, string expectedLocal, int? offsetMinutes)
    {
        Assert.True(PublishedTimeParser.TryParse(text, out var time, out var error), error);
        Assert.Equal(expectedLocal, time!.Local.ToString("uuuu-MM-ddTHH:mm:ss.FFF", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.'));
        Assert.Equal(offsetMinutes is null ? null : Offset.FromSeconds(offsetMinutes.Value * 60), time.Offset);
    }

    [Theory]
    [InlineData("31.02.2022", "'31.02.2022' is not a valid date")]
    [InlineData("2022-02-30", "'2022-02-30' is not a valid date")]
    [InlineData("gestern", "'gestern' is not a date; expected ISO 8601 such as 2022-02-01T10:53:00+01:00")]
    [InlineData("", "is empty")]
    public void Impossible_or_unknown_dates_are_errors_that_say_why(string text, string expected)
    {
        Assert.False(PublishedTimeParser.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void A_local_time_is_resolved_in_the_outlet_zone_keeping_summer_time()
    {
        Assert.True(PublishedTimeParser.TryParse("2022-07-01T12:00", out var time, out _));

        var resolved = time!.Resolve(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        Assert.Equal(Offset.FromHours(2), resolved.Offset);
    }
}
