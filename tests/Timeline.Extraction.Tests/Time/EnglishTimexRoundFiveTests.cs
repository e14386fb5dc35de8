using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>The fifth round of English rules (TempEval-3 / MEANTIME conventions), on invented sentences published on
/// Tuesday, 1 February 2022 unless a test says otherwise.</summary>
public sealed class EnglishTimexRoundFiveTests
{
    private static readonly NodaTime.OffsetDateTime Published = Berlin(2022, 2, 1);

    private static IReadOnlyList<Timex> Tag(string text) => Tagger.Tag(text, Language.English, Published);

    [Theory]
    [InlineData("Membership grew over the past year.", "the past year", "2021")]
    [InlineData("Exports fell in the last quarter.", "the last quarter", "2021-Q4")]
    [InlineData("Prices rose in the past month.", "the past month", "2022-01")]
    public void The_past_unit_without_a_number_is_the_unit_before_publication(string sentence, string text, string value)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(TimexType.Date, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void The_past_three_years_stays_a_duration()
    {
        Assert.Equal("P3Y", Single(Tag("Membership grew over the past three years."), "the past three years").Value);
    }

    [Theory]
    [InlineData("The carrier lost money in the first quarter of last year.", "the first quarter of last year", "2021-Q1")]
    [InlineData("The line opens in the second half of next year.", "the second half of next year", "2023-H2")]
    [InlineData("Dealers will be told after October of next year.", "October of next year", "2023-10")]
    [InlineData("The mayor has been away since January of this year.", "January of this year", "2022-01")]
    public void A_quarter_or_month_of_last_this_or_next_year_is_one_expression(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Theory]
    [InlineData("The index was up 2 % at 14:35 UTC.", "14:35 UTC", "2022-02-01T14:35Z")]
    [InlineData("Trading resumed at 0800 GMT.", "0800 GMT", "2022-02-01T08:00Z")]
    [InlineData("The court opens at 09:30 UTC Monday.", "09:30 UTC Monday", "2022-01-31T09:30Z")]
    public void A_24_hour_clock_in_universal_time_is_a_time_in_zone_z(string sentence, string text, string value)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(TimexType.Time, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void A_score_or_a_plain_number_before_utc_words_is_not_a_time()
    {
        Assert.DoesNotContain(Tag("The vote was 35:40 in the end, and 2500 UTC staff were affected."), t => t.Type == TimexType.Time);
    }

    [Theory]
    [InlineData("Rescuers searched for twenty-four hours.", "twenty-four hours", "PT24H")]
    [InlineData("The dispute lasted thirty five years.", "thirty five years", "P35Y")]
    [InlineData("The siege ended after ninety days.", "ninety days", "P90D")]
    public void Compound_number_words_are_read_whole(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void The_first_nine_months_takes_in_the_first()
    {
        var timex = Single(Tag("Profit rose in the first nine months."), "the first nine months");
        Assert.Equal("P9M", timex.Value);
    }

    [Theory]
    [InlineData("Rebels seized the bridge early Tuesday.", "early Tuesday", "2022-02-01", "START")]
    [InlineData("The talks collapsed late yesterday.", "late yesterday", "2022-01-31", "END")]
    public void Early_or_late_before_a_day_is_part_of_the_expression(string sentence, string text, string value, string mod)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(value, timex.Value);
        Assert.Equal(mod, timex.Mod);
    }

    [Theory]
    [InlineData("On May 6, the mayor was charged with fraud.", "May 6", "2021-05-06", 10, 24)]
    [InlineData("On June 6, the mayor was charged with fraud.", "June 6", "2021-06-06", 10, 24)]
    public void The_month_may_is_not_read_as_the_modal(string sentence, string text, string value, int month, int day)
    {
        var timexes = Tagger.Tag(sentence, Language.English, Berlin(2021, month, day));
        Assert.Equal(value, Single(timexes, text).Value);
    }

    [Theory]
    [InlineData("The shares, now traded in London, are to resume trading in Paris Friday.", "Friday", "2022-02-04")]
    [InlineData("The bonus, which is still unsettled, will be paid Friday.", "Friday", "2022-02-04")]
    [InlineData("The boy could not be located Friday.", "Friday", "2022-01-28")]
    public void Is_to_and_future_passives_point_forward(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Theory]
    [InlineData("Thousands joined the annual March for Peace downtown.")]
    [InlineData("Veterans recalled the March on the capital.")]
    public void A_march_is_not_the_month(string sentence)
    {
        Assert.Empty(Tag(sentence));
    }

    [Fact]
    public void The_month_march_before_of_with_a_year_stays_a_month()
    {
        Assert.Equal("2021-03", Single(Tag("Sales dropped compared to March of 2021."), "March of 2021").Value);
    }

    [Theory]
    [InlineData("The ministry will decide by the end of the month.", "the end of the month", "2022-02", "END")]
    [InlineData("Prices have risen since the beginning of the year.", "the beginning of the year", "2022", "START")]
    public void The_end_of_the_month_is_the_publication_month_with_a_mod(string sentence, string text, string value, string mod)
    {
        var timex = Single(Tag(sentence), text);
        Assert.Equal(value, timex.Value);
        Assert.Equal(mod, timex.Mod);
    }
}
