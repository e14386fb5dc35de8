using NodaTime;
using Timeline.Core.Documents;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Time.TaggerFixture;

namespace Timeline.Extraction.Tests.Time;

public sealed class GermanTimexTests
{
    // Invented news text with the constructions of a typical agency report (published Tuesday 2023-03-07, ISO week 10).
    private const string Article =
        "Stand: 07.03.2023 09:15 Uhr\n\n"
        + "Der Stadtrat will heute über den Haushalt abstimmen. In der vergangenen Woche hatten die Fraktionen noch gestritten. "
        + "Am Montag legte die Verwaltung einen neuen Entwurf vor. Im Laufe des Wochenendes hatten mehrere Vereine protestiert. "
        + "Die Stadt will in den kommenden vier Jahren 20 Millionen Euro investieren, rund 1.000 Wohnungen sollen entstehen. "
        + "Eine Einigung könnte bald folgen. Zuvor war ein Kompromiss gescheitert. "
        + "Die Sitzung wurde am 07. März 2023 um 18:30 Uhr übertragen.";

    private static readonly OffsetDateTime Published = Berlin(2023, 3, 7, 9, 15);

    private static IReadOnlyList<Timex> TagArticle() => Tagger.Tag(Article, Language.German, Published);

    [Theory]
    [InlineData("07.03.2023 09:15 Uhr", TimexType.Time, "2023-03-07T09:15")]
    [InlineData("heute", TimexType.Date, "2023-03-07")]
    [InlineData("der vergangenen Woche", TimexType.Date, "2023-W09")]
    [InlineData("Montag", TimexType.Date, "2023-03-06")]
    [InlineData("Wochenendes", TimexType.Date, "2023-W09-WE")]
    [InlineData("den kommenden vier Jahren", TimexType.Duration, "P4Y")]
    [InlineData("bald", TimexType.Date, "FUTURE_REF")]
    [InlineData("Zuvor", TimexType.Date, "PAST_REF")]
    [InlineData("07. März 2023", TimexType.Date, "2023-03-07")]
    [InlineData("18:30 Uhr", TimexType.Time, "2023-03-07T18:30")]
    public void Article_expressions_are_found_and_normalised(string text, TimexType type, string value)
    {
        var timex = Single(TagArticle(), text);
        Assert.Equal(type, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void The_weekend_interval_runs_from_Saturday_to_Sunday()
    {
        var interval = Single(TagArticle(), "Wochenendes").Interval;
        Assert.NotNull(interval);
        Assert.Equal(new LocalDate(2023, 3, 4), interval.Start);
        Assert.Equal(new LocalDate(2023, 3, 5), interval.End);
        Assert.Equal(Granularity.Weekend, interval.Granularity);
    }

    [Fact]
    public void Durations_and_vague_references_have_no_interval()
    {
        var timexes = TagArticle();
        Assert.Null(Single(timexes, "den kommenden vier Jahren").Interval);
        Assert.Null(Single(timexes, "bald").Interval);
        Assert.Equal(new LocalDate(2023, 2, 27), Single(timexes, "der vergangenen Woche").Interval!.Start);
    }

    [Fact]
    public void Offsets_index_the_text_and_are_in_order_without_overlap()
    {
        var timexes = TagArticle();
        Assert.True(timexes.Count >= 10);
        for (var i = 0; i < timexes.Count; i++)
        {
            Assert.Equal(timexes[i].Text, timexes[i].Span.Of(Article));
            Assert.True(i == 0 || timexes[i - 1].Span.End <= timexes[i].Span.Begin);
        }

        Assert.DoesNotContain(timexes, t => t.Text.Contains("1.000", StringComparison.Ordinal) || t.Text.Contains("20 Millionen", StringComparison.Ordinal));
    }

    [Fact]
    public void Gestern_resolves_to_the_day_before_publication()
    {
        var timex = Assert.Single(Tagger.Tag("Die Polizei nahm gestern zwei Verdächtige fest.", Language.German, Berlin(2023, 3, 1)));
        Assert.Equal("2023-02-28", timex.Value);
        Assert.Equal(EventTime.Day(new LocalDate(2023, 2, 28)), timex.Interval);
    }

    [Fact]
    public void A_bare_weekday_in_future_tense_is_the_next_one()
    {
        var timex = Assert.Single(Tagger.Tag("Die Ministerin wird am Freitag nach Rom reisen.", Language.German, Berlin(2023, 3, 7)));
        Assert.Equal("2023-03-10", timex.Value);
    }

    [Fact]
    public void A_bare_weekday_in_past_tense_is_the_last_one()
    {
        var timex = Assert.Single(Tagger.Tag("Am Freitag hatte die Ministerin Rom besucht.", Language.German, Berlin(2023, 3, 7)));
        Assert.Equal("2023-03-03", timex.Value);
    }

    [Fact]
    public void A_December_in_a_January_article_is_last_years()
    {
        var timex = Assert.Single(Tagger.Tag("Im Dezember war die Zahl der Anträge gestiegen.", Language.German, Berlin(2023, 1, 10)));
        Assert.Equal("2022-12", timex.Value);
        Assert.Equal(new LocalDate(2022, 12, 31), timex.Interval!.End);
    }

    [Fact]
    public void Anchored_expressions_count_from_the_last_date_of_the_text()
    {
        const string text = "Am 3. Mai 2021 begann der Prozess. Am Tag darauf sagte der Zeuge aus. Zwei Tage später fiel das Urteil.";
        var timexes = Tagger.Tag(text, Language.German, Berlin(2023, 3, 7));
        Assert.Equal("2021-05-03", Single(timexes, "3. Mai 2021").Value);
        Assert.Equal("2021-05-04", Single(timexes, "Tag darauf").Value);
        Assert.Equal("2021-05-06", Single(timexes, "Zwei Tage später").Value);
    }

    [Fact]
    public void A_day_range_gives_both_days_of_the_month()
    {
        var timexes = Tagger.Tag("Die Messe findet vom 3. bis 5. März statt.", Language.German, Berlin(2023, 2, 10));
        Assert.Equal(["2023-03-03", "2023-03-05"], timexes.Select(t => t.Value));
    }

    [Theory]
    [InlineData("Die Kämpfe dauern seit drei Wochen an.", "drei Wochen", TimexType.Duration, "P3W")]
    [InlineData("Der Markt öffnet jeden Montag.", "jeden Montag", TimexType.Set, "XXXX-WXX-1")]
    [InlineData("Die Fähre fährt täglich.", "täglich", TimexType.Set, "P1D")]
    [InlineData("Der Umsatz stieg im ersten Quartal 2022 deutlich.", "ersten Quartal 2022", TimexType.Date, "2022-Q1")]
    [InlineData("Im Frühjahr 2021 begannen die Arbeiten.", "Frühjahr 2021", TimexType.Date, "2021-SP")]
    [InlineData("In den 1990er-Jahren wuchs die Stadt.", "den 1990er-Jahren", TimexType.Date, "199")]
    [InlineData("Derzeit gibt es keine Pläne.", "Derzeit", TimexType.Date, "PRESENT_REF")]
    [InlineData("Das Gesetz gilt seit dem 1. Januar 2020.", "1. Januar 2020", TimexType.Date, "2020-01-01")]
    [InlineData("Anfang Februar soll entschieden werden.", "Anfang Februar", TimexType.Date, "2023-02")]
    [InlineData("Übermorgen tagt der Ausschuss.", "Übermorgen", TimexType.Date, "2023-01-12")]
    [InlineData("Gestern Abend brannte eine Scheune.", "Gestern Abend", TimexType.Time, "2023-01-09TEV")]
    public void Single_expressions_are_normalised(string sentence, string text, TimexType type, string value)
    {
        var timex = Single(Tagger.Tag(sentence, Language.German, Berlin(2023, 1, 10)), text);
        Assert.Equal(type, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Theory]
    [InlineData("Das Spiel endete mit dem Ergebnis 3:1 für die Gäste.")]
    [InlineData("Rund 1.000 Soldaten wurden verlegt.")]
    [InlineData("Die Armee soll um 100.000 Mann wachsen.")]
    [InlineData("Artikel 5 des Vertrags regelt den Beistand.")]
    [InlineData("Die Preise stiegen um 2,5 Prozent.")]
    [InlineData("Das Formular nennt den 31.02.2022 als Stichtag.")]
    [InlineData("Im Jahr 99999 ist alles anders.")]
    [InlineData("Kein Datum weit und breit, nur Text.")]
    public void Numbers_that_look_like_dates_give_no_timex(string sentence)
    {
        Assert.Empty(Tagger.Tag(sentence, Language.German, Berlin(2023, 1, 10)));
    }

    [Fact]
    public void The_publication_offset_decides_the_local_date()
    {
        // 00:30 in Berlin is still the previous day in UTC; "heute" is the Berlin date.
        var timex = Assert.Single(Tagger.Tag("Heute beginnt der Streik.", Language.German, Berlin(2022, 2, 1, 0, 30)));
        Assert.Equal("2022-02-01", timex.Value);
    }

    [Fact]
    public void Without_a_publication_date_absolute_dates_still_resolve()
    {
        var timexes = Tagger.Tag("Am 12. Juni 2019 und heute.", Language.German, null);
        Assert.Equal("2019-06-12", Single(timexes, "12. Juni 2019").Value);
        Assert.Equal("PRESENT_REF", Single(timexes, "heute").Value);
    }
    [Theory]
    [InlineData("Nach einer dreiwöchigen Pause tagt der Rat wieder.", "dreiwöchigen", "P3W")]
    [InlineData("Der 3-tägige Streik legte den Hafen lahm.", "3-tägige", "P3D")]
    public void Compound_duration_adjectives_are_found(string sentence, string text, string value)
    {
        var timex = Single(Tagger.Tag(sentence, Language.German, Berlin(2022, 2, 1)), text);
        Assert.Equal(TimexType.Duration, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void Each_clause_keeps_its_own_tense_within_one_sentence()
    {
        // The first weekday has no tense of its own and takes the sentence's; the second one's clause is future.
        var timexes = Tagger.Tag("Am Montag tagte der Rat, am Freitag wird er erneut beraten.", Language.German, Berlin(2022, 2, 1));
        Assert.Equal("2022-01-31", Single(timexes, "Montag").Value);
        Assert.Equal("2022-02-04", Single(timexes, "Freitag").Value);
    }

    [Theory]
    [InlineData("Der Rat tagte am Donnerstagabend im Rathaus.", "Donnerstagabend", "2022-01-27TEV")]
    [InlineData("Die Polizei meldete den Unfall am Sonntagnachmittag.", "Sonntagnachmittag", "2022-01-30TAF")]
    public void Weekdays_joined_with_a_part_of_the_day_are_one_time_expression(string sentence, string text, string value)
    {
        var timex = Single(Tagger.Tag(sentence, Language.German, Berlin(2022, 2, 1)), text);
        Assert.Equal(TimexType.Time, timex.Type);
        Assert.Equal(value, timex.Value);
    }

    [Theory]
    [InlineData("Von dem Streit zehrt die Partei auch heute noch.", "PRESENT_REF")]
    [InlineData("Heute würde niemand mehr so bauen.", "PRESENT_REF")]
    [InlineData("Heute noch soll die Entscheidung fallen.", "2022-02-01")]
    [InlineData("Der Rat entscheidet heute über den Antrag.", "2022-02-01")]
    public void Heute_in_the_sense_of_nowadays_is_the_present_reference(string sentence, string value)
    {
        var timex = Single(Tagger.Tag(sentence, Language.German, Berlin(2022, 2, 1)), sentence.Contains("Heute", StringComparison.Ordinal) ? "Heute" : "heute");
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void A_clock_time_after_a_list_of_days_or_a_set_has_no_date()
    {
        var timexes = Tagger.Tag("Das Fest findet am 25. und 26. August von 10 bis 18 Uhr statt. Beratung gibt es montags von 9 bis 12 Uhr.", Language.German, Berlin(2022, 8, 1));
        Assert.Equal("T10:00", Single(timexes, "10").Value);
        Assert.Equal("T18:00", Single(timexes, "18 Uhr").Value);
        Assert.Equal("T12:00", Single(timexes, "12 Uhr").Value);
        Assert.Null(Single(timexes, "18 Uhr").Interval);
    }

    [Fact]
    public void A_clock_time_after_one_day_or_an_apposition_keeps_its_date()
    {
        var timexes = Tagger.Tag("Das Spiel beginnt heute Mittwoch nicht vor 20 Uhr. Am 9. September um 16 Uhr öffnet die Halle.", Language.German, Berlin(2022, 9, 7));
        Assert.Equal("2022-09-07T20:00", Single(timexes, "20 Uhr").Value);
        Assert.Equal("2022-09-09T16:00", Single(timexes, "16 Uhr").Value);
    }
}
