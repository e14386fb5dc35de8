using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

/// <summary>The German rules that start at a number: each is tried only when the text after the number can continue it
/// (a full stop and a digit, "Uhr", a month name, a list separator, "er"); these checks must not lose an expression.</summary>
public sealed class GermanTimexNumberTests
{
    private const string Text = "Das Fest findet am 3., 4. und 5. Oktober jeweils von 10 bis 18 Uhr statt. Die Sitzung begann am "
        + "01.02.2022 um 9.30 Uhr und endete um 12:15. Im 20. Jahrhundert und in den 90er Jahren wuchs die Stadt, seit "
        + "2019-05-01 gilt die Regel. Am 3.März kamen 35 Soldaten, 2,5 Prozent mehr als 1.000 im Vorjahr. Am 7.3. gab es "
        + "um 14.45 eine Pause.";

    [Theory]
    [InlineData("3.", "2022-10-03")]
    [InlineData("4.", "2022-10-04")]
    [InlineData("5. Oktober", "2022-10-05")]
    [InlineData("10", "T10:00")]
    [InlineData("18 Uhr", "T18:00")]
    [InlineData("01.02.2022", "2022-02-01")]
    [InlineData("9.30 Uhr", "2022-02-01T09:30")]
    [InlineData("12:15", "2022-02-01T12:15")]
    [InlineData("20. Jahrhundert", "19")]
    [InlineData("den 90er Jahren", "199")]
    [InlineData("2019-05-01", "2019-05-01")]
    [InlineData("3.März", "2022-03-03")]
    [InlineData("7.3.", "2022-03-07")]
    [InlineData("14.45", "2022-03-07T14:45")]
    public void Every_rule_that_starts_at_a_number_still_finds_its_expression(string text, string value)
    {
        var timexes = Tagger.Tag(Text, Language.German, Berlin(2022, 2, 1));
        Assert.Equal(value, Single(timexes, text).Value);
    }

    [Fact]
    public void Amounts_are_not_dates_or_clock_times()
    {
        var timexes = Tagger.Tag(Text, Language.German, Berlin(2022, 2, 1));
        Assert.DoesNotContain(timexes, t => t.Text.Contains("35", StringComparison.Ordinal) || t.Text.Contains("2,5", StringComparison.Ordinal)
            || t.Text.Contains("1.000", StringComparison.Ordinal));
        Assert.Equal(14, timexes.Count(t => t.Type is TimexType.Date or TimexType.Time && t.Text != "Vorjahr"));
    }
}
