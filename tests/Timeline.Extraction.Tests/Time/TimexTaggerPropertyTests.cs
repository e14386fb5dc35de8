using CsCheck;
using Timeline.Core.Documents;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

public sealed class TimexTaggerPropertyTests
{
    // Fragments that trigger rules, mixed with noise, so that random texts reach the interesting code paths.
    private static readonly string[] Tokens =
    [
        "am", "im", "vom", "bis", "Montag", "Freitagabend", "März", "Dezember", "Jänner", "31.", "1.", "02.", "2022", "99999", "1.000",
        "3:1", "10:53", "Uhr", "18.30", "heute", "gestern", "morgen", "Morgen", "vergangenen", "kommenden", "drei", "Jahren", "Woche",
        "Wochenende", "Tag", "darauf", "zuvor", "später", "jeden", "Quartal", "ersten", "1990er-Jahren", "Jahrhunderts", "15.",
        "the", "last", "next", "May", "Feb.", "1st,", "a.m.", "p.m.", "noon", "years", "ago", "weekend", "every", "quarter",
        "2,5", "Prozent", "Artikel", "5", ",", ".", "-", "/", "\n", "  ", "ä", "€", "(", ")", "\"", "'s", "x",
    ];

    private static readonly Gen<string> TokenText =
        Gen.Int[0, Tokens.Length - 1].Array[0, 40].Select(indexes => string.Join(" ", indexes.Select(i => Tokens[i])));

    private static readonly Gen<string> CharText = Gen.String[Gen.Char[' ', 'ü'], 0, 120];

    [Fact]
    public void Random_text_never_throws_and_offsets_match_the_text()
    {
        Gen.OneOf(TokenText, CharText).Select(Gen.Bool, Gen.Int[1900, 2100]).Sample((text, german, year) =>
        {
            var timexes = Tagger.Tag(text, german ? Language.German : Language.English, Berlin(year, 6, 15));
            var previousEnd = 0;
            foreach (var timex in timexes)
            {
                Assert.InRange(timex.Span.Begin, previousEnd, text.Length);
                Assert.InRange(timex.Span.End, timex.Span.Begin + 1, text.Length);
                Assert.Equal(text[timex.Span.Begin..timex.Span.End], timex.Text);
                Assert.False(string.IsNullOrEmpty(timex.Value));
                if (timex.Interval is { } interval)
                {
                    Assert.True(interval.Start <= interval.End);
                }

                previousEnd = timex.Span.End;
            }
        }, iter: 2000);
    }

    [Fact]
    public void Tagging_is_deterministic()
    {
        TokenText.Sample(text =>
        {
            var first = Tagger.Tag(text, Language.German, Berlin(2022, 2, 1));
            var second = Tagger.Tag(text, Language.German, Berlin(2022, 2, 1));
            Assert.Equal(first.ToArray(), second.ToArray());
        }, iter: 300);
    }

    [Theory]
    [InlineData("Results for the fourth quarter of 9999 and the second half of 9999 are due.")]
    [InlineData("Die Zahlen für Dezember 9999 kommen im vierten Quartal 9999.")]
    public void The_last_periods_of_year_9999_resolve_without_overflowing_the_calendar(string text)
    {
        var timexes = Tagger.Tag(text, text.StartsWith("Die", StringComparison.Ordinal) ? Language.German : Language.English, Berlin(2022, 6, 15));

        Assert.All(timexes.Where(t => t.Interval is not null), t => Assert.True(t.Interval!.End.Year == 9999, t.Value));
    }
}
