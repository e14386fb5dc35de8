using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>The sixth round of English rules (general news conventions found in the AQUAINT value errors), on
/// invented sentences published on Tuesday, 1 February 2022 unless a test says otherwise.</summary>
public sealed class EnglishTimexRoundSixTests
{
    private static readonly NodaTime.OffsetDateTime Published = Berlin(2022, 2, 1);

    private static IReadOnlyList<Timex> Tag(string text) => Tagger.Tag(text, Language.English, Published);

    [Fact]
    public void A_fronted_day_takes_the_tense_of_the_clause_after_it()
    {
        var timexes = Tag("On Thursday, the union plans to hold a rally, after talks collapsed and members said they were angry.");
        Assert.Equal("2022-02-03", Single(timexes, "Thursday").Value);
    }

    [Fact]
    public void A_fronted_day_before_reported_speech_takes_the_reporting_verb()
    {
        var timexes = Tag("On Saturday, the minister said the party would fund the cuts by removing \"waste\" which had grown.");
        Assert.Equal("2022-01-29", Single(timexes, "Saturday").Value);
    }

    [Fact]
    public void Plans_as_a_noun_does_not_mark_the_future()
    {
        var timexes = Tag("On Friday, when the minister set aside her holiday plans, the ministry lifted the warning.");
        Assert.Equal("2022-01-28", Single(timexes, "Friday").Value);
    }

    [Theory]
    [InlineData("Until Monday, the police had not named a suspect.", "2022-01-31")]
    [InlineData("The ban stays in force until Monday.", "2022-02-07")]
    public void Until_a_day_in_a_past_perfect_sentence_is_in_the_past(string sentence, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), "Monday").Value);
    }

    [Fact]
    public void A_planned_day_followed_by_was_is_in_the_past()
    {
        Assert.Equal("2022-01-29", Single(Tag("A concert planned for Saturday was cancelled after the storm."), "Saturday").Value);
    }

    [Theory]
    [InlineData("The blast happened at about 9:15 a.m. (0715 GMT) Sunday, police said.", "9:15 a.m.", "2022-01-30T09:15")]
    [InlineData("He will fly out at 5 in the morning (5 a.m. EST Thursday), aides said.", "5 in the morning", "2022-02-03T05:00")]
    public void A_clock_time_takes_the_day_given_with_its_conversion_in_parentheses(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Theory]
    [InlineData("The ferry left at 10 at night.", "10 at night", "2022-02-01T22:00")]
    [InlineData("Doors open at 2 in the afternoon.", "2 in the afternoon", "2022-02-01T14:00")]
    [InlineData("The judge will rule at midday.", "midday", "2022-02-01T12:00")]
    public void Clock_times_with_a_part_of_day_are_times(string sentence, string text, string value)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(TimexType.Time, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void High_noon_is_an_idiom()
    {
        Assert.Empty(Tag("It felt like high noon for the coalition."));
    }

    [Fact]
    public void A_number_of_more_units_is_a_duration()
    {
        var timex = Single(Tag("Troops will stay for at least 20 more years."), "at least 20 more years");
        Assert.Equal("P20Y", timex.Value);
        Assert.Equal("EQUAL_OR_MORE", timex.Mod);
    }

    [Theory]
    [InlineData("The day before last Tuesday's hearing, the lawyer resigned.", "day before last Tuesday", "2022-01-24")]
    [InlineData("Ticket sales start the day after March 3.", "day after March 3", "2022-03-04")]
    public void The_day_before_a_date_is_one_day_off_it(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void Election_day_is_the_tuesday_after_the_first_monday_of_november()
    {
        var timexes = Tagger.Tag("Voters go to the polls on Election Day.", Language.English, Berlin(2022, 10, 20));
        Assert.Equal("2022-11-08", Single(timexes, "Election Day").Value);
    }

    [Theory]
    [InlineData("Marchers joined the ``March of the Silent Mothers'' downtown.")]
    [InlineData("The Spring of Hope rallies drew crowds.")]
    public void A_month_or_season_before_of_and_a_name_is_a_name(string sentence)
    {
        Assert.Empty(Tag(sentence));
    }

    [Theory]
    [InlineData("Music matters to today's youth.")]
    [InlineData("In today's world, nothing is private.")]
    public void Today_s_before_a_generic_noun_means_nowadays(string sentence)
    {
        Assert.Empty(Tag(sentence));
    }

    [Fact]
    public void Today_s_before_an_event_is_the_day()
    {
        Assert.Equal("2022-02-01", Single(Tag("Today's meeting was short."), "Today").Value);
    }

    [Theory]
    [InlineData("Their day-long meeting ended without a deal.", "day-long", "P1D")]
    [InlineData("The villages ended a decades-long feud.", "decades-long", "PXY")]
    [InlineData("Dockers began a two-week-long strike.", "two-week-long", "P2W")]
    public void A_long_compound_is_a_duration(string sentence, string text, string value)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(TimexType.Duration, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Theory]
    [InlineData("Pilgrims gathered as Easter week began.", "Easter week", "2022-W15")]
    [InlineData("Shops will close on Good Friday.", "Good Friday", "2022-04-15")]
    [InlineData("The march is planned for Easter Monday.", "Easter Monday", "2022-04-18")]
    public void Easter_holidays_follow_the_date_of_easter(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void Easter_island_is_a_place()
    {
        Assert.Empty(Tag("Tourists flew to Easter Island."));
    }

    [Fact]
    public void A_universal_time_in_parentheses_after_a_clock_time_restates_it()
    {
        var timexes = Tag("The quake struck at 4:20 p.m. (1420 GMT) on the coast.");
        Assert.Equal("2022-02-01T16:20", Single(timexes, "4:20 p.m.").Value);
        Assert.DoesNotContain(timexes, t => t.Text.Contains("GMT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_unit_after_a_number_inside_a_sentence_is_a_title()
    {
        Assert.Empty(Tag("The senator appeared on ``48 Hours'' with her lawyer."));
    }

    [Theory]
    [InlineData("The plant saves $40 million a year in fuel.")]
    [InlineData("The airline adds six flights a week to Lagos.")]
    [InlineData("Guards watch the gate 24 hours a day.")]
    public void A_rate_after_a_quantity_is_no_time_expression(string sentence)
    {
        Assert.Empty(Tag(sentence));
    }

    [Fact]
    public void A_year_ago_after_a_quantity_is_still_a_date()
    {
        Assert.Equal("2021", Single(Tag("Sales were $40 million a year ago."), "a year ago").Value);
    }

    [Theory]
    [InlineData("Prices have risen over the years.", "the years", "PXY")]
    [InlineData("Funds may sell bonds in the weeks ahead.", "the weeks ahead", "PXW")]
    public void The_years_after_over_or_in_is_a_vague_duration(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void The_days_before_an_event_is_not_a_vague_duration()
    {
        Assert.Empty(Tag("The car was seen in the days before the shooting."));
    }
}
