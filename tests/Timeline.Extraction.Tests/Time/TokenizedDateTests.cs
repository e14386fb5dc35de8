using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>Dates in tokenized text, where a space stands before every comma ("June 3 , 2004"): the year after the
/// comma belongs to the date. Invented sentences published on Tuesday, 1 February 2022.</summary>
public sealed class TokenizedDateTests
{
    private static readonly NodaTime.OffsetDateTime Published = Berlin(2022, 2, 1);

    private static IReadOnlyList<Timex> Tag(string text) => Tagger.Tag(text, Language.English, Published);

    [Theory]
    [InlineData("The bakery chain opened its first shop on June 3 , 2004 , in a small town .", "June 3 , 2004", "2004-06-03")]
    [InlineData("The founder , born on 17 March , 1961 , still runs the firm .", "17 March , 1961", "1961-03-17")]
    [InlineData("The plant opened on June 3, 2004, in a small town.", "June 3, 2004", "2004-06-03")]
    public void A_year_after_a_spaced_comma_belongs_to_the_day(string sentence, string text, string value)
    {
        Assert.Equal(value, Single(Tag(sentence), text).Value);
    }

    [Fact]
    public void A_number_after_the_comma_that_is_no_year_stays_outside()
    {
        var timexes = Tag("On June 3 , 250 workers walked out of the plant .");
        Assert.Equal("2021-06-03", Single(timexes, "June 3").Value);
    }
}
