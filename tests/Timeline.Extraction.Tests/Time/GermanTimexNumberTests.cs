using Timeline.Core.Documents;
using Timeline.Core.Time;
using Timeline.Extraction.Time;
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
    private const string Ranges = "Der Markt hat von 10.30 bis 12 Uhr und von 14-16 Uhr geöffnet, die Halle von 8 und 9.15 Uhr an. "
        + "Die Messe läuft vom 1. bis 3. Mai, das Turnier am 6., und am 8. Juni. Im 2. Quartal und in der zweiten "
        + "Jahreshälfte 2023 stieg der Umsatz, im 1. Halbjahr sank er. Zum ersten Mal kostete ein Platz 2.500 Euro, "
        + "für 3 bis 4 Personen 12,5 Prozent mehr.";

    [Theory]
    [InlineData("10.30", "2023-04-01T10:30")]
    [InlineData("12 Uhr", "2023-04-01T12:00")]
    [InlineData("14", "2023-04-01T14:00")]
    [InlineData("16 Uhr", "2023-04-01T16:00")]
    [InlineData("8", "2023-04-01T08:00")]
    [InlineData("9.15 Uhr", "2023-04-01T09:15")]
    [InlineData("1.", "2023-05-01")]
    [InlineData("3. Mai", "2023-05-03")]
    [InlineData("6.", "2023-06-06")]
    [InlineData("8. Juni", "2023-06-08")]
    [InlineData("2. Quartal", "2023-Q2")]
    [InlineData("der zweiten Jahreshälfte 2023", "2023-H2")]
    [InlineData("1. Halbjahr", "2023-H1")]
    public void Clock_ranges_day_lists_and_quarters_are_found_where_the_cheap_checks_let_them(string text, string value)
    {
        var timexes = Tagger.Tag(Ranges, Language.German, Berlin(2023, 4, 1));
        Assert.Equal(value, Single(timexes, text).Value);
    }

    [Theory]
    [InlineData("Ein Platz kostet 2.500 Euro.", "2")]
    [InlineData("Von 10 bis zum Abend.", "10")]
    [InlineData("Es kamen 35 Soldaten.", "35")]
    public void The_clock_checks_turn_away_numbers_that_start_no_clock_time(string text, string number)
    {
        var end = text.IndexOf(number, StringComparison.Ordinal) + number.Length;
        Assert.False(NumberFollowers.Clock(text, end));
        Assert.False(NumberFollowers.ClockRange(text, end));
    }

    [Theory]
    [InlineData("Zum ersten Mal.", "ersten")]
    [InlineData("Am 1. Mai.", "1")]
    [InlineData("Am 3. und dann nicht.", "3")]
    [InlineData("Es sind 2,5 Millionen.", "2")]
    [InlineData("Es kamen 3, 250 blieben.", "3")]
    public void The_list_and_quarter_checks_turn_away_what_continues_no_expression(string text, string token)
    {
        var end = text.IndexOf(token, StringComparison.Ordinal) + token.Length;
        Assert.False(NumberFollowers.WordOf(["Quartal", "Halbjahr"])(text, end));
        Assert.False(NumberFollowers.ListSeparator(text, end));
    }

    [Theory]
    [InlineData("Wir treffen uns am 3.5. wieder.", "3", true)]
    [InlineData("Wir treffen uns AM  3.5. wieder.", "3", true)]
    [InlineData("Es kamen 3.500 Menschen.", "3", false)]
    [InlineData("Der Preis stieg am 3 Prozent.", "3", false)]
    [InlineData("Es begann mit 3.5.", "3", false)]
    [InlineData("Wir treffen uns am3.5.", "3", false)]
    public void The_word_before_a_number_is_checked_where_a_rule_needs_one(string text, string number, bool expected)
    {
        var end = text.IndexOf(number, StringComparison.Ordinal) + number.Length;
        Assert.Equal(expected, NumberFollowers.AfterWordOf(["am", "vom", "bis"], NumberFollowers.DotDate)(text, end));
    }

    [Theory]
    [InlineData("Er kommt jeden Montagabend.", "jeden Montagabend", "XXXX-WXX-1TEV")]
    [InlineData("Die Messe findet alle zwei Jahre statt.", "alle zwei Jahre", "P2Y")]
    [InlineData("Die Messe findet alle 3 Monate statt.", "alle 3 Monate", "P3M")]
    public void Every_day_and_every_few_years_are_still_found(string text, string expression, string value)
    {
        var timexes = Tagger.Tag(text, Language.German, Berlin(2023, 4, 1));
        Assert.Equal(value, Single(timexes, expression).Value);
    }

    [Theory]
    [InlineData("am 01.02.2022", "01", true)]
    [InlineData("am 1. 2. 2022", "1", true)]
    [InlineData("am 7.3.", "7", true)]
    [InlineData("es kamen 2.500 Menschen", "2", false)]
    [InlineData("im 3. Jahr", "3", false)]
    [InlineData("Version 2.1 erschien", "2", false)]
    public void A_numeric_date_needs_a_day_or_month_of_one_or_two_digits_between_full_stops(string text, string number, bool expected)
    {
        var end = text.IndexOf(number, StringComparison.Ordinal) + number.Length;
        Assert.Equal(expected, NumberFollowers.DotDate(text, end));
    }

    [Fact]
    public void The_checks_pass_what_continues_an_expression()
    {
        Assert.True(NumberFollowers.Clock("um 9.30 Uhr", 4));
        Assert.True(NumberFollowers.Clock("um 9 uhr", 4));
        Assert.True(NumberFollowers.ClockRange("von 10.30 – 12 Uhr", 6));
        Assert.True(NumberFollowers.ClockRange("von 10 Bis12 Uhr", 6));
        Assert.False(NumberFollowers.ClockRange("von 10 bis zum Abend", 6));
        Assert.True(NumberFollowers.ListSeparator("am 3., und am 5. Juni", 4));
        Assert.True(NumberFollowers.ListSeparator("vom 3. bis 5. Mai", 5));
        Assert.True(NumberFollowers.ListSeparator("am 3, 4 und 5. Mai", 4));
        Assert.False(NumberFollowers.ListSeparator("am 3. und dann nicht", 4));
        Assert.True(NumberFollowers.WordOf(["Quartal"])("im 3.  quartal", 4));
        Assert.True(NumberFollowers.WordOf(["Quartal"])("im dritten Quartal", 10));
    }
}
