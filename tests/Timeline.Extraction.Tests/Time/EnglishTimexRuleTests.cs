using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>The English rules added for TimeBank/AQUAINT conventions, on invented sentences (publication Tuesday,
/// 1 February 2022).</summary>
public sealed class EnglishTimexRuleTests
{
    private static readonly NodaTime.OffsetDateTime Published = Berlin(2022, 2, 1);

    private static IReadOnlyList<Timex> Tag(string text) => Tagger.Tag(text, Language.English, Published);

    [Fact]
    public void The_quarter_and_a_year_ago_refer_to_the_last_quarter_named_without_drifting()
    {
        var timexes = Tag("Profit at the brewer rose in the third quarter of 2021. A year ago it lost money. "
            + "Costs in the quarter were flat. Margins were thinner than a year ago. Sales in the quarter rose.");
        Assert.Equal("2020-Q3", timexes.First(t => t.Text == "A year ago").Value);
        Assert.All(timexes.Where(t => t.Text == "the quarter"), t => Assert.Equal("2021-Q3", t.Value));
        Assert.Equal("2020-Q3", Single(timexes, "a year ago").Value);
    }

    [Fact]
    public void A_quarter_that_has_not_begun_is_last_years_in_a_past_report()
    {
        Assert.Equal("2021-Q4", Single(Tag("The retailer reported a loss for the fourth quarter."), "the fourth quarter").Value);
    }

    [Fact]
    public void Year_earlier_figures_are_the_same_quarter_a_year_before()
    {
        var timexes = Tag("Earnings in the second quarter of 2021 beat year-earlier results.");
        Assert.Equal("2020-Q2", Single(timexes, "year-earlier").Value);
    }

    [Theory]
    [InlineData("The agency said Monday that it will review the plan.", "Monday", "2022-01-31")]
    [InlineData("The vote was postponed until Thursday.", "Thursday", "2022-02-03")]
    [InlineData("The offer had been due to expire Friday.", "Friday", "2022-01-28")]
    [InlineData("The envoy, who could travel to the U.S. as early as Friday, declined to comment.", "Friday", "2022-02-04")]
    [InlineData("The team planned to leave for the coast on Thursday.", "Thursday", "2022-02-03")]
    [InlineData("The club set Friday as the deadline.", "Friday", "2022-01-28")]
    public void The_verb_right_before_a_weekday_decides_its_direction(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void A_possessive_weekday_is_a_past_day_even_in_a_future_sentence()
    {
        Assert.Equal("2022-01-26", Single(Tag("The ministry will, according to its lawyers, study Wednesday's ruling closely."), "Wednesday").Value);
    }

    [Fact]
    public void Units_before_after_or_before_are_durations_without_the_preposition()
    {
        var timex = Single(Tag("The mill closed twenty years after it opened."), "twenty years");
        Assert.Equal(TimexType.Duration, timex.Type);
        Assert.Equal("P20Y", timex.Value);
        Assert.Equal("P10D", Single(Tag("A witness saw the van 10 days before the fire."), "10 days").Value);
    }

    [Fact]
    public void Two_days_later_still_counts_from_the_last_date()
    {
        Assert.Equal("2021-06-07", Single(Tag("The ferry sank on June 5, 2021. Two days later divers arrived."), "Two days later").Value);
    }

    [Theory]
    [InlineData("Prices fell in June last year.", "June last year", "2021-06")]
    [InlineData("The bridge opens in April next year.", "April next year", "2023-04")]
    [InlineData("The plant was sold in January this year.", "January this year", "2022-01")]
    public void A_month_with_this_last_or_next_year_is_one_expression(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Theory]
    [InlineData("Visitors admire the 12th century chapel.", "the 12th century", "11")]
    [InlineData("It was the worst flood of the twentieth century.", "the twentieth century", "19")]
    public void Ordinal_centuries_are_normalised(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void The_year_ended_is_a_duration_and_the_full_year_is_the_current_one()
    {
        var timexes = Tag("Revenue for the year ended March 31 rose, and sales for the full year are expected to grow.");
        var ended = Single(timexes, "the year");
        Assert.Equal(TimexType.Duration, ended.Type);
        Assert.Equal("P1Y", ended.Value);
        Assert.Equal("2022", Single(timexes, "the full year").Value);
    }

    [Fact]
    public void Later_that_year_is_the_year_of_the_last_date()
    {
        Assert.Equal("2015", Single(Tag("She moved to Oslo in June 2015 and left later that year."), "later that year").Value);
    }

    [Fact]
    public void Thanksgiving_is_the_fourth_thursday_of_november()
    {
        Assert.Equal("2021-11-25", Single(Tag("The sailor was rescued on Thanksgiving Day."), "Thanksgiving Day").Value);
    }

    [Fact]
    public void In_the_past_is_tagged_without_the_preposition()
    {
        Assert.Equal("PAST_REF", Single(Tag("In the past, the river flooded the town."), "the past").Value);
    }
    [Fact]
    public void The_following_year_counts_from_the_year_last_mentioned()
    {
        Assert.Equal("2013", Single(Tag("He joined the navy in May 2012 and was promoted the following year."), "the following year").Value);
    }

    [Fact]
    public void Last_spring_late_in_the_year_is_this_years_spring()
    {
        var timexes = Tagger.Tag("The plant closed last spring.", Language.English, Berlin(2021, 10, 20));
        Assert.Equal("2021-SP", Single(timexes, "last spring").Value);
    }
}
