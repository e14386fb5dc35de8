using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;
using Timeline.Extraction.Time;

namespace Timeline.Extraction.Tests.Events;

/// <summary>How broad coverage dates an event by the time expressions of its sentence: comparison bases, names that
/// contain a weekday, possessive time expressions and weekdays after an irregular past form. Invented business news,
/// published on Monday, 2 March 2009, with the real time tagger.</summary>
public sealed class BroadDatingTests
{
    private static readonly EventExtractor Broad = EventExtractor.Create(EventCoverage.Broad);
    private static readonly TimexTagger Tagger = TimexTagger.Create();

    [Fact]
    public void A_weekday_after_an_irregular_past_form_is_the_past_weekday()
    {
        var events = Extract("Shares of Kestrel Motors fell another two percent Thursday after the recall.", "Kestrel Motors");

        var fell = Assert.Single(events, e => e.Primary.Trigger == "fell");
        Assert.Equal(new LocalDate(2009, 2, 26), fell.Time?.Start);
    }

    [Fact]
    public void A_weekday_inside_a_name_does_not_date_the_event()
    {
        var events = Extract("Kestrel Motors recalled 2,000 cars , a decade after the ` Black Monday ' crash .", "Kestrel Motors");

        var recalled = Assert.Single(events, e => e.Primary.Trigger == "recalled");
        Assert.NotEqual(new LocalDate(2009, 2, 23), recalled.Time?.Start);
        Assert.Null(recalled.Primary.TimeEvidence);
    }

    [Theory]
    [InlineData("Sales of Kestrel Motors fell 23 % compared to March of 2008 .", "fell")]
    [InlineData("The Kestrel Index closed at 7,200 , an increase of 54 points from February 26 .", "closed")]
    [InlineData("Kestrel Motors sold 12 % fewer cars than in 2008 .", "sold")]
    public void The_base_of_a_comparison_does_not_date_the_event(string text, string trigger)
    {
        var events = Extract(text, "Kestrel Motors", "Kestrel Index");

        var found = Assert.Single(events, e => e.Primary.Trigger == trigger);
        Assert.Null(found.Primary.TimeEvidence);
    }

    [Fact]
    public void A_company_compared_with_another_keeps_the_year_of_its_sentence()
    {
        var events = Extract("Kestrel Motors has received more orders than Harlow Freight in 2008 .", "Kestrel Motors", "Harlow Freight");

        var received = Assert.Single(events, e => e.Primary.Trigger == "received");
        Assert.Equal("2008", received.Primary.TimeEvidence?.Text);
    }

    [Fact]
    public void A_possessive_time_expression_gives_way_to_the_day_of_the_sentence()
    {
        var events = Extract("Yesterday , at this year 's motor show , Kestrel Motors unveiled its new hatchback .", "Kestrel Motors");

        var unveiled = Assert.Single(events, e => e.Primary.Trigger == "unveiled");
        Assert.Equal(new LocalDate(2009, 3, 1), unveiled.Time?.Start);
    }

    [Fact]
    public void A_possessive_time_expression_alone_still_dates_the_event()
    {
        var events = Extract("At this year 's motor show , Kestrel Motors unveiled its new hatchback .", "Kestrel Motors");

        var unveiled = Assert.Single(events, e => e.Primary.Trigger == "unveiled");
        Assert.Equal("this year", unveiled.Primary.TimeEvidence?.Text);
    }

    [Fact]
    public void An_event_since_the_start_of_a_year_is_dated_to_its_first_day()
    {
        var events = Extract("Shares of Kestrel Motors have fallen 15 % since the start of this year .", "Kestrel Motors");

        var fallen = Assert.Single(events, e => e.Primary.Trigger == "fallen");
        Assert.Equal(new LocalDate(2009, 1, 1), fallen.Time?.Start);
        Assert.Equal(Timeline.Core.Time.Granularity.Day, fallen.Time?.Granularity);
    }

    [Fact]
    public void An_event_since_a_year_keeps_the_year()
    {
        var events = Extract("Kestrel Motors has sold cars in the north since 2003 .", "Kestrel Motors");

        var sold = Assert.Single(events, e => e.Primary.Trigger == "sold");
        Assert.Equal(Timeline.Core.Time.Granularity.Year, sold.Time?.Granularity);
        Assert.Equal(2003, sold.Time?.Start.Year);
    }

    private static ImmutableArray<Event> Extract(string text, params string[] organizations)
    {
        var mentions = new List<Mention>();
        foreach (var surface in organizations)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                var id = surface.ToLowerInvariant().Replace(' ', '-');
                mentions.Add(new Mention(new TextSpan(at, at + surface.Length), surface, new ActorId(id), ActorKind.Organization));
            }
        }

        var info = new DocumentInfo(new DocumentId("doc-1"), string.Empty, Language.English,
            NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse("2009-03-02T10:00:00+00:00").Value, null, null, "test");
        var recognition = new ActorRecognition([.. mentions.OrderBy(m => m.Span.Begin)], [], []);
        return Broad.Extract(new Document(info, text), SentenceSplitter.Split(text), Tagger.Tag(text, Language.English, info.Published), recognition);
    }
}
