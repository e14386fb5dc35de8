using NodaTime;
using Timeline.Core.Time;
using Timeline.Extraction.Time;

namespace Timeline.Extraction.Tests.Time;

/// <summary>One tagger for all tests (building it compiles the rules), and helpers to find a timex by its text.</summary>
internal static class TaggerFixture
{
    public static TimexTagger Tagger { get; } = TimexTagger.Create();

    public static OffsetDateTime Berlin(int year, int month, int day, int hour = 10, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute)
            .InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Berlin"])
            .ToOffsetDateTime();

    public static Timex Single(IEnumerable<Timex> timexes, string text)
    {
        var found = timexes.Where(t => t.Text == text).ToList();
        Assert.True(found.Count == 1, $"expected one timex '{text}', found {found.Count} in: " + string.Join(" | ", timexes.Select(t => $"'{t.Text}'={t.Value}")));
        return found[0];
    }
}
