using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Events;

public sealed class BroadCoverageTests
{
    private static readonly EventExtractor Broad = EventExtractor.Create(EventCoverage.Broad);
    private static readonly EventExtractor Standard = EventExtractor.Create();

    [Fact]
    public void Broad_coverage_reads_a_sale_from_the_seller_to_the_buyer()
    {
        const string text = "Northwind Aviation sold twelve jets to Meridian Air.";
        var events = Extract(Broad, text, ("Northwind Aviation", "northwind-aviation"), ("Meridian Air", "meridian-air"));

        var sale = EventAssertions.Single(events, EventType.Cooperate, "northwind-aviation", "meridian-air");
        Assert.Equal("trade", sale.Mode);
        Assert.Equal("sold", sale.Primary.Trigger);
    }

    [Fact]
    public void Standard_coverage_leaves_everyday_business_verbs_alone()
    {
        const string text = "Northwind Aviation sold twelve jets to Meridian Air.";
        var events = Extract(Standard, text, ("Northwind Aviation", "northwind-aviation"), ("Meridian Air", "meridian-air"));

        Assert.DoesNotContain(events, e => e.Type == EventType.Cooperate);
    }

    [Fact]
    public void A_statement_by_the_company_goes_to_the_company_named_before()
    {
        const string text = "Northwind Aviation unveiled its new regional jet in Tulsa.\nThe company said the first deliveries are due next spring.";
        var events = Extract(Broad, text, ("Northwind Aviation", "northwind-aviation"));

        var said = Assert.Single(events, e => e.Primary.Trigger == "said");
        Assert.Equal(EventType.Statement, said.Type);
        Assert.Contains(said.Participants, p => p.Actor.Value == "northwind-aviation" && p.Role == ParticipantRole.Source);
    }

    [Fact]
    public void Without_any_actor_around_a_broad_trigger_makes_no_event()
    {
        var events = Extract(Broad, "Shares were sold quickly after the opening bell.");
        Assert.Empty(events);
    }

    [Fact]
    public void Broad_coverage_types_a_market_move_as_an_occurrence()
    {
        const string text = "Shares of Kestrel Motors fell eight percent on Tuesday after the recall.";
        var events = Extract(Broad, text, ("Kestrel Motors", "kestrel-motors"));

        var fall = Assert.Single(events, e => e.Primary.Trigger == "fell");
        Assert.Equal(EventType.Occurrence, fall.Type);
        Assert.Equal("market", fall.Mode);
        Assert.Contains(fall.Participants, p => p.Actor.Value == "kestrel-motors");
    }

    [Fact]
    public void Standard_coverage_never_emits_an_occurrence()
    {
        const string text = "Kestrel Motors hired 400 workers and built a new plant.\nShares of Kestrel Motors fell eight percent on Tuesday.";
        var events = Extract(Standard, text, ("Kestrel Motors", "kestrel-motors"));

        Assert.DoesNotContain(events, e => e.Type == EventType.Occurrence);
        Assert.Contains(Extract(Broad, text, ("Kestrel Motors", "kestrel-motors")), e => e.Type == EventType.Occurrence && e.Mode == "personnel");
    }

    [Fact]
    public void The_occurrence_wire_name_is_its_timeml_class()
    {
        Assert.Equal("OCCURRENCE", EventType.Occurrence.ToWire());
        Assert.True(EventWireNames.TryParseEventType("occurrence", out var parsed));
        Assert.Equal(EventType.Occurrence, parsed);
    }

    [Fact]
    public void A_broad_trigger_word_inside_a_name_is_no_trigger()
    {
        const string text = "Harbor Sales Group hired 50 engineers in March.";
        var events = Extract(Broad, text, ("Harbor Sales Group", "harbor-sales-group"));

        Assert.DoesNotContain(events, e => e.Primary.Trigger.StartsWith("Sales", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Primary.Trigger == "hired" && e.Participants.Any(p => p.Actor.Value == "harbor-sales-group"));
    }

    [Fact]
    public void Undated_news_in_a_broad_article_takes_the_day_its_lead_reports()
    {
        // Published Monday 2009-03-02; "on Saturday" is 2009-02-28.
        const string text = "Kestrel Motors unveils its new hatchback\nKestrel Motors unveiled its new hatchback on Saturday in Leeds.\n"
            + "Later, Kestrel Motors received a letter of congratulation from Harlow Freight.";
        var events = Extract(Broad, text, timed: true, ("Kestrel Motors", "kestrel-motors"), ("Harlow Freight", "harlow-freight"));

        var received = Assert.Single(events, e => e.Primary.Trigger == "received");
        Assert.Equal(new NodaTime.LocalDate(2009, 2, 28), received.Time?.Start);
        Assert.Equal(Timeline.Core.Time.Granularity.Day, received.Time?.Granularity);
    }

    [Fact]
    public void A_weekday_in_the_lead_gives_the_news_day_even_without_an_actor_in_its_sentence()
    {
        // Published Monday 2009-03-02; "Saturday" is 2009-02-28 and its sentence names no actor.
        const string text = "Kestrel Motors unveils its new hatchback\nSaturday was chosen for the ceremony in the old harbour.\n"
            + "Kestrel Motors has unveiled its new hatchback to 2,000 guests.";
        var events = Extract(Broad, text, timed: true, ("Kestrel Motors", "kestrel-motors"));

        var unveiled = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "unveiled"));
        Assert.Equal(new NodaTime.LocalDate(2009, 2, 28), unveiled.Time?.Start);
        Assert.Equal(Timeline.Core.Time.Granularity.Day, unveiled.Time?.Granularity);
    }

    [Theory]
    [InlineData("Kestrel Motors, Freedonia's biggest carmaker, has announced 2,000 job cuts over the next four years.", "announced")]
    [InlineData("Kestrel Motors , Freedonia 's biggest carmaker , has announced 2,000 job cuts .", "announced")]
    [InlineData("The Kestrel Index , a gauge of Freedonian exchanges used by many traders , fell 344 points at the close .", "fell")]
    public void A_company_described_by_a_region_keeps_the_event_the_clause_fill_found(string text, string trigger)
    {
        var events = Extract(Broad, text, timed: false, countries: [], persons: [], locations: ["Freedonia", "Freedonian"],
            ("Kestrel Motors", "kestrel"), ("Kestrel Index", "kestrel"), ("Freedonian", "freedonia"), ("Freedonia", "freedonia"));

        var found = Assert.Single(events, e => e.Primary.Trigger == trigger);
        Assert.Equal("kestrel", Assert.Single(found.Participants, p => p.Role == ParticipantRole.Source).Actor.Value);
    }

    [Theory]
    [InlineData("The firms Kestrel Motors ( KM ) and Harlow Freight , which merged in 1998 , split again .", "merged")]
    public void Actors_joined_by_and_before_a_broad_trigger_are_all_its_sources(string text, string trigger)
    {
        var events = Extract(Broad, text, timed: false, countries: ["Freedonian"],
            ("Kestrel Index", "kestrel"), ("Harbor Index", "harbor"), ("Kestrel Motors", "kestrel"), ("Harlow Freight", "harbor"), ("Freedonian", "freedonia"), ("KM", "kestrel"));

        var found = Assert.Single(events, e => e.Primary.Trigger == trigger);
        Assert.Equal(["harbor", "kestrel"], found.Participants.Where(p => p.Role == ParticipantRole.Source).Select(p => p.Actor.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_dated_lead_undated_news_keeps_the_window_before_publication()
    {
        const string text = "Kestrel Motors unveils its new hatchback\nKestrel Motors unveiled its new hatchback in Leeds.\n"
            + "Later, Kestrel Motors received a letter of congratulation from Harlow Freight.";
        var events = Extract(Broad, text, timed: true, ("Kestrel Motors", "kestrel-motors"), ("Harlow Freight", "harlow-freight"));

        var received = Assert.Single(events, e => e.Primary.Trigger == "received");
        Assert.Equal(Timeline.Core.Time.Granularity.Range, received.Time?.Granularity);
        Assert.Equal(new NodaTime.LocalDate(2009, 3, 2), received.Time?.End);
    }

    [Theory]
    [InlineData("The manufacturer Kestrel Motors builds vans in Leeds.", "manufacturer")]
    [InlineData("Kestrel Motors is expected to report in May.", "expected")]
    [InlineData("Kestrel Motors signed the contract with Harlow Freight.", "contract")]
    [InlineData("Kestrel Motors issued a statement on the costs of the orders.", "statement")]
    public void Broad_coverage_takes_no_object_noun_or_forecast_for_an_event(string text, string word)
    {
        var events = Extract(Broad, text, ("Kestrel Motors", "kestrel-motors"), ("Harlow Freight", "harlow-freight"));

        Assert.DoesNotContain(events, e => e.Mentions.Any(m => m.Trigger.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_country_qualifying_an_index_does_not_take_its_market_move()
    {
        const string text = "The main Freedonian index, the Westmark 40, dropped 2.1 percent on Tuesday.";
        var events = Extract(Broad, text, timed: false, countries: ["Freedonian"], ("Freedonian", "freedonia"), ("Westmark 40", "westmark-40"));

        var drop = Assert.Single(events, e => e.Primary.Trigger == "dropped");
        Assert.Equal("westmark-40", Assert.Single(drop.Participants, p => p.Role == ParticipantRole.Source).Actor.Value);
    }

    [Fact]
    public void A_country_alone_keeps_the_market_move()
    {
        const string text = "Freedonia dropped its tariffs on steel.";
        var events = Extract(Broad, text, timed: false, countries: ["Freedonia"], ("Freedonia", "freedonia"));

        var drop = Assert.Single(events, e => e.Primary.Trigger == "dropped");
        Assert.Equal("freedonia", Assert.Single(drop.Participants, p => p.Role == ParticipantRole.Source).Actor.Value);
    }

    [Fact]
    public void A_record_since_a_year_does_not_date_the_event()
    {
        var events = Extract(Broad, "Kestrel Motors posted its first annual loss since 1992.", timed: true, ("Kestrel Motors", "kestrel-motors"));

        var posted = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "posted"));
        Assert.NotEqual(1992, posted.Time?.Start.Year);
        Assert.Equal(Timeline.Core.Time.Granularity.Range, posted.Time?.Granularity);
    }

    [Fact]
    public void A_time_in_what_was_said_does_not_date_the_saying()
    {
        var events = Extract(Broad, "Kestrel Motors said it posted a profit in the third quarter of 2008.", timed: true, ("Kestrel Motors", "kestrel-motors"));

        var said = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "said"));
        Assert.NotEqual(Timeline.Core.Time.Granularity.Quarter, said.Time?.Granularity);
    }

    [Fact]
    public void A_time_right_after_the_saying_dates_it()
    {
        var events = Extract(Broad, "Kestrel Motors said on Friday it would build vans.", timed: true, ("Kestrel Motors", "kestrel-motors"));

        var said = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "said"));
        Assert.Equal(new NodaTime.LocalDate(2009, 2, 27), said.Time?.Start);
    }

    [Fact]
    public void A_plain_since_still_dates_the_event()
    {
        var events = Extract(Broad, "Kestrel Motors has built vans in Leeds since 1992.", timed: true, ("Kestrel Motors", "kestrel-motors"));

        var built = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "built"));
        Assert.Equal(1992, built.Time?.Start.Year);
    }

    [Theory]
    [InlineData("The Westmark 40 was down 3 percent at noon.", "was down")]
    [InlineData("The Westmark 40 has fallen by 40 percent since January.", "fallen")]
    [InlineData("The Westmark 40 dipped slightly before closing at 5,210 points.", "dipped")]
    [InlineData("The Westmark 40 finished the week at 5,210 points.", "finished")]
    public void Broad_coverage_reads_an_index_moving_or_closing(string text, string trigger)
    {
        var events = Extract(Broad, text, ("Westmark 40", "westmark-40"));

        Assert.Contains(events, e => e.Type == EventType.Occurrence && e.Mentions.Any(m => m.Trigger == trigger)
            && e.Participants.Any(p => p.Actor.Value == "westmark-40"));
    }

    [Fact]
    public void He_in_the_following_sentences_stays_the_person_named_before()
    {
        const string text = "Kestrel Motors named Dana Whitfield as its new chief.\nWhitfield outlined a plan in Leeds.\n"
            + "He stressed that the plan was sound.\nHe emphasized the new vans.\nHe stated that Kestrel Motors would expand.";
        var events = Extract(Broad, text, timed: false, countries: [], persons: ["Whitfield"], ("Kestrel Motors", "kestrel-motors"), ("Whitfield", "dana-whitfield"));

        var stated = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "stated"));
        Assert.Contains(stated.Participants, p => p.Actor.Value == "dana-whitfield" && p.Role == ParticipantRole.Source);
        Assert.DoesNotContain(stated.Participants, p => p.Actor.Value == "kestrel-motors" && p.Role == ParticipantRole.Source);
    }

    [Fact]
    public void An_unresolved_he_does_not_make_the_company_of_the_clause_the_speaker()
    {
        var events = Extract(Broad, "He stated that Kestrel Motors would expand.", ("Kestrel Motors", "kestrel-motors"));

        Assert.DoesNotContain(events, e => e.Mentions.Any(m => m.Trigger == "stated")
            && e.Participants.Any(p => p.Actor.Value == "kestrel-motors" && p.Role == ParticipantRole.Source));
    }

    [Fact]
    public void A_level_not_seen_since_a_year_does_not_date_the_event()
    {
        var events = Extract(Broad, "The Westmark 40 fell to a level not seen since October 1982.", timed: true, ("Westmark 40", "westmark-40"));

        var fell = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "fell"));
        Assert.NotEqual(1982, fell.Time?.Start.Year);
    }

    [Fact]
    public void Broad_coverage_does_not_carry_a_time_to_the_next_sentence()
    {
        const string text = "Kestrel Motors posted a loss in March 2008.\nKestrel Motors said the new vans sell well.";
        var events = Extract(Broad, text, timed: true, ("Kestrel Motors", "kestrel-motors"));

        var said = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "said"));
        Assert.NotEqual(Timeline.Core.Time.Granularity.Month, said.Time?.Granularity);
    }

    [Fact]
    public void A_past_perfect_without_a_time_stays_undated()
    {
        var events = Extract(Broad, "Kestrel Motors had previously hired a new designer.", timed: true, ("Kestrel Motors", "kestrel-motors"));

        var hired = Assert.Single(events, e => e.Mentions.Any(m => m.Trigger == "hired"));
        Assert.Null(hired.Time);
    }

    [Fact]
    public void Money_given_a_field_of_activity_and_a_design_are_no_events()
    {
        const string text = "Kestrel Motors received fresh loans and a bailout from Harbor Bank on Monday.\n"
            + "Kestrel Motors expanded its manufacturing and product development in Ohio.\n"
            + "The new Kestrel Motors truck was designed to carry ten tonnes.";
        var events = Extract(Broad, text, ("Kestrel Motors", "kestrel-motors"), ("Harbor Bank", "harbor-bank"));

        Assert.Contains(events, e => e.Primary.Trigger == "received");
        Assert.Contains(events, e => e.Primary.Trigger == "expanded");
        var triggers = events.SelectMany(e => e.Mentions).Select(m => m.Trigger).ToList();
        Assert.DoesNotContain("loans", triggers);
        Assert.DoesNotContain("bailout", triggers);
        Assert.DoesNotContain("manufacturing", triggers);
        Assert.DoesNotContain("development", triggers);
        Assert.DoesNotContain("designed", triggers);
    }

    [Fact]
    public void A_person_saying_something_about_a_company_does_not_put_the_saying_on_the_company()
    {
        const string text = "Dana Reyes said that Kestrel Motors would close two plants in Ohio.";
        var events = Extract(Broad, text, timed: false, countries: [], persons: ["Dana Reyes"],
            ("Dana Reyes", "dana-reyes"), ("Kestrel Motors", "kestrel-motors"));

        var said = Assert.Single(events, e => e.Primary.Trigger == "said");
        Assert.Contains(said.Participants, p => p.Actor.Value == "dana-reyes" && p.Role == ParticipantRole.Source);
        Assert.DoesNotContain(said.Participants, p => p.Actor.Value == "kestrel-motors");
    }

    [Fact]
    public void A_speaker_named_after_the_quote_says_it_and_the_company_in_his_title_does_not()
    {
        const string text = "\"We will build the truck in Ohio,\" said Dana Reyes, the head of Kestrel Motors.\n"
            + "\"The plants stay open,\" said a spokesman for Harbor Trucks.";
        var events = Extract(Broad, text, timed: false, countries: [], persons: ["Dana Reyes"],
            ("Dana Reyes", "dana-reyes"), ("Kestrel Motors", "kestrel-motors"), ("Harbor Trucks", "harbor-trucks"));

        var said = Assert.Single(events, e => e.Primary.Trigger == "said");
        Assert.Equal("dana-reyes", Assert.Single(said.Participants).Actor.Value);
        Assert.DoesNotContain(events, e => e.Mentions.Any(m => m.Trigger == "said") && e.Participants.Any(p => p.Actor.Value is "kestrel-motors" or "harbor-trucks"));
    }

    [Fact]
    public void A_person_named_before_the_company_of_her_title_is_the_speaker()
    {
        const string text = "Dana Reyes, the Kestrel Motors chief executive, said on Monday that the new truck was a success.";
        var events = Extract(Broad, text, timed: false, countries: [], persons: ["Dana Reyes"],
            ("Dana Reyes", "dana-reyes"), ("Kestrel Motors", "kestrel-motors"));

        var said = Assert.Single(events, e => e.Primary.Trigger == "said");
        var speaker = Assert.Single(said.Participants);
        Assert.Equal("dana-reyes", speaker.Actor.Value);
        Assert.Equal(ParticipantRole.Source, speaker.Role);
    }

    [Fact]
    public void A_maiden_flight_is_reported_at_the_flight()
    {
        var events = Extract(Broad, "The Kestrel K9 made its maiden flight over Leeds.", ("Kestrel K9", "kestrel-k9"));

        Assert.Contains(events, e => e.Mentions.Any(m => m.Trigger == "flight"));
    }

    private static ImmutableArray<Event> Extract(EventExtractor extractor, string text, params (string Surface, string Id)[] actors) =>
        Extract(extractor, text, timed: false, actors);

    private static ImmutableArray<Event> Extract(EventExtractor extractor, string text, bool timed, params (string Surface, string Id)[] actors) =>
        Extract(extractor, text, timed, [], actors);

    private static ImmutableArray<Event> Extract(EventExtractor extractor, string text, bool timed, string[] countries, params (string Surface, string Id)[] actors) =>
        Extract(extractor, text, timed, countries, [], actors);

    private static ImmutableArray<Event> Extract(
        EventExtractor extractor, string text, bool timed, string[] countries, string[] persons, params (string Surface, string Id)[] actors) =>
        Extract(extractor, text, timed, countries, persons, [], actors);

    private static ImmutableArray<Event> Extract(
        EventExtractor extractor, string text, bool timed, string[] countries, string[] persons, string[] locations, params (string Surface, string Id)[] actors)
    {
        var mentions = new List<Mention>();
        foreach (var (surface, id) in actors)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                mentions.Add(new Mention(new TextSpan(at, at + surface.Length), surface, new ActorId(id), countries.Contains(surface) ? ActorKind.Country : persons.Contains(surface) ? ActorKind.Person : locations.Contains(surface) ? ActorKind.Location : ActorKind.Organization));
            }
        }

        var info = new DocumentInfo(new DocumentId("doc-1"), string.Empty, Language.English,
            NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse("2009-03-02T10:00:00+00:00").Value, null, null, "test");
        var recognition = new ActorRecognition([.. mentions.OrderBy(m => m.Span.Begin)], [], []);
        var timexes = timed ? Timeline.Extraction.Time.TimexTagger.Create().Tag(text, Language.English, info.Published) : [];
        return extractor.Extract(new Document(info, text), SentenceSplitter.Split(text), timexes, recognition);
    }
}
