using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

public sealed class EnglishTimexTests
{
    [Theory]
    [InlineData("The minister resigned on Monday.", "Monday", TimexType.Date, "2022-01-31")]
    [InlineData("Talks stalled last week.", "last week", TimexType.Date, "2022-W04")]
    [InlineData("Protesters gathered over the weekend.", "the weekend", TimexType.Date, "2022-W04-WE")]
    [InlineData("The deal was signed on Feb. 1, 2022.", "Feb. 1, 2022", TimexType.Date, "2022-02-01")]
    [InlineData("The deal was signed on February 1st, 2022.", "February 1st, 2022", TimexType.Date, "2022-02-01")]
    [InlineData("The deal was signed on 1 Feb 2022.", "1 Feb 2022", TimexType.Date, "2022-02-01")]
    [InlineData("The summit will open next Tuesday.", "next Tuesday", TimexType.Date, "2022-02-08")]
    [InlineData("Sales rose in the first quarter.", "the first quarter", TimexType.Date, "2022-Q1")]
    [InlineData("The fair is held every year.", "every year", TimexType.Set, "P1Y")]
    [InlineData("Prices have risen recently.", "recently", TimexType.Date, "PAST_REF")]
    [InlineData("The strike lasted for two days.", "two days", TimexType.Duration, "P2D")]
    [InlineData("The vote is expected tonight.", "tonight", TimexType.Time, "2022-02-01TNI")]
    [InlineData("Troops arrived yesterday.", "yesterday", TimexType.Date, "2022-01-31")]
    [InlineData("The market closed at 6 p.m.", "6 p.m.", TimexType.Time, "2022-02-01T18:00")]
    [InlineData("Output fell over the past three years.", "the past three years", TimexType.Duration, "P3Y")]
    [InlineData("The company was founded in the 1990s.", "the 1990s", TimexType.Date, "199")]
    public void Single_expressions_are_normalised(string sentence, string text, TimexType type, string value)
    {
        var timex = Single(Tagger.Tag(sentence, Language.English, Berlin(2022, 2, 1, 10, 53)), text);
        Assert.Equal(type, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void Two_days_later_counts_from_the_last_date()
    {
        var timexes = Tagger.Tag("The trial began on March 3, 2021. Two days later the jury retired.", Language.English, Berlin(2022, 2, 1));
        Assert.Equal("2021-03-05", Single(timexes, "Two days later").Value);
    }

    [Fact]
    public void A_year_ago_is_the_previous_year()
    {
        var timex = Single(Tagger.Tag("Profits doubled from a year ago.", Language.English, Berlin(2022, 2, 1)), "a year ago");
        Assert.Equal("2021", timex.Value);
        Assert.Equal(Granularity.Year, timex.Interval!.Granularity);
    }

    [Theory]
    [InlineData("May I ask a question?")]
    [InlineData("They won 3:1 at home.")]
    [InlineData("The firm hired 2,500 people.")]
    [InlineData("The 6-year-old boy was rescued.")]
    public void Lookalikes_give_no_timex(string sentence)
    {
        Assert.Empty(Tagger.Tag(sentence, Language.English, Berlin(2022, 2, 1)));
    }

    [Fact]
    public void Since_points_to_the_past()
    {
        var timexes = Tagger.Tag("Police have been searching for the driver since the Oct. 23 crash.", Language.English, Berlin(1999, 5, 6));
        Assert.Equal("1998-10-23", Single(timexes, "Oct. 23").Value);
    }
}
