using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>English rules of the fourth round (results reports, fractions, lists), on invented sentences (publication
/// Tuesday, 1 February 2022 unless a test says otherwise).</summary>
public sealed class EnglishTimexReportTests
{
    private static readonly NodaTime.OffsetDateTime Published = Berlin(2022, 2, 1);

    private static IReadOnlyList<Timex> Tag(string text) => Tagger.Tag(text, Language.English, Published);

    [Theory]
    [InlineData("The miners were on strike for 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("The ferry crossing took 5 1/2 hours.", "5 1/2 hours", "PT5H30M")]
    [InlineData("The blackout lasted a minute and a half.", "a minute and a half", "PT1M30S")]
    [InlineData("Talks went on for an hour and a half.", "an hour and a half", "PT1H30M")]
    public void A_half_is_written_in_the_next_smaller_unit(string sentence, string text, string value)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(TimexType.Duration, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void A_clock_time_with_a_time_zone_and_a_date_is_one_time_on_that_date()
    {
        var timexes = Tag("The bidder extended its offer until 5 p.m. EST, Feb. 9.");
        Assert.Equal("2022-02-09T17:00", Single(timexes, "5 p.m. EST, Feb. 9").Value);
        Assert.Equal("2022-02-09T17:00", Single(Tag("The offer now runs until 5 p.m. EST Feb. 9."), "5 p.m. EST Feb. 9").Value);
    }

    [Fact]
    public void A_year_before_quarter_or_period_is_the_reported_quarter_of_that_year()
    {
        var timexes = Tag("The grocer reported a profit for the fourth quarter. In the 2020 quarter it lost money, "
            + "and in the 2019 period it broke even.");
        Assert.Equal("2021-Q4", Single(timexes, "the fourth quarter").Value);
        Assert.Equal("2020-Q4", Single(timexes, "the 2020 quarter").Value);
        Assert.Equal("2019-Q4", Single(timexes, "the 2019 period").Value);
    }

    [Theory]
    [InlineData("the corresponding period last year")]
    [InlineData("last year's quarter")]
    [InlineData("the quarter a year ago")]
    public void Last_years_quarter_phrases_are_the_reported_quarter_a_year_before(string phrase)
    {
        var timexes = Tag($"The airline said profit rose in the third quarter of 2021, compared with a loss in {phrase}.");
        Assert.Equal("2020-Q3", Single(timexes, phrase).Value);
    }

    [Fact]
    public void The_current_quarter_is_the_quarter_of_publication_even_in_a_report()
    {
        var timexes = Tag("The toy maker reported a loss for the third quarter of 2021 and said the current quarter began well.");
        Assert.Equal("2022-Q1", Single(timexes, "the current quarter").Value);
    }

    [Fact]
    public void A_quarter_still_to_come_does_not_become_the_reported_quarter()
    {
        var timexes = Tag("The bank will book a charge in the second quarter of 2022. Lending grew in the latest quarter.");
        Assert.Equal("2021-Q4", Single(timexes, "the latest quarter").Value);
    }

    [Fact]
    public void This_quarter_in_a_report_is_the_quarter_reported()
    {
        var timexes = Tag("The chain reported a loss for the third quarter of 2021. This quarter's loss includes a write-down.");
        Assert.Equal("2021-Q3", Single(timexes, "This quarter").Value);
    }

    [Fact]
    public void Two_days_of_one_month_joined_by_and_are_two_dates()
    {
        var timexes = Tag("The summit will be held on April 24 and 25.");
        Assert.Equal("2022-04-24", Single(timexes, "April 24").Value);
        Assert.Equal("2022-04-25", Single(timexes, "25").Value);
    }

    [Fact]
    public void The_week_of_a_date_is_that_week()
    {
        Assert.Equal("2022-W10", Single(Tag("The case may be heard the week of March 8."), "the week of March 8").Value);
    }

    [Fact]
    public void An_irregular_past_verb_makes_a_bare_month_the_past_one()
    {
        var timexes = Tagger.Tag("In January, the club brought in a new coach.", Language.English, Berlin(2021, 10, 27));
        Assert.Equal("2021-01", Single(timexes, "January").Value);
    }

    [Fact]
    public void An_ordinal_second_and_a_fraction_of_a_quarter_are_not_durations()
    {
        Assert.Empty(Tag("A second group of investors joined the bid."));
        Assert.Empty(Tag("The country imports about three-quarters of its grain."));
        Assert.Equal("PT1S", Single(Tag("The lights went out for a second."), "a second").Value);
    }

    [Fact]
    public void Current_as_an_adjective_is_the_present()
    {
        Assert.Equal("PRESENT_REF", Single(Tag("The board thanked its current chairman."), "current").Value);
        Assert.Empty(Tag("The current account deficit widened."));
    }

    [Theory]
    [InlineData("Lawyers for the family said they would look for ways to get around Wednesday's ruling.")]
    [InlineData("The union will appeal Wednesday's verdict.")]
    public void A_possessive_weekday_is_the_most_recent_one_whatever_the_verb_before_it(string sentence)
    {
        Assert.Equal("2022-01-26", Single(Tag(sentence), "Wednesday").Value);
    }

    [Theory]
    [InlineData("The talks lasted only five hours.", "five hours")]
    [InlineData("The rebels held the town for just 14 days.", "14 days")]
    public void Only_and_just_stay_outside_a_duration(string sentence, string text)
    {
        Assert.Equal(TimexType.Duration, Single(Tag(sentence), text).Type);
    }
}
