using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

public sealed class EnglishEventExtractionTests
{
    [Fact]
    public void Phrasal_verb_called_on_is_a_request_from_the_subject_to_the_object()
    {
        var events = new EventTestDocument("Prime Minister Keir Starmer called on Russia on Monday to end the blockade.", Language.English)
            .Actor("Keir Starmer", "keir-starmer", ActorKind.Person).Actor("Russia", "russia")
            .Date("on Monday", "2022-01-31", "2022-01-31")
            .Extract();

        var request = Single(events, EventType.Request, "keir-starmer", "russia");
        Assert.Equal(new LocalDate(2022, 1, 31), request.Time!.Start);
    }

    [Fact]
    public void A_phrase_after_and_said_is_not_the_object_of_the_first_verb()
    {
        var events = new EventTestDocument("Westrian President Tomas Berg condemned the raid and said Westria and its partners would punish Nordland.", Language.English)
            .Actor("Westrian", "westria").Actor("Tomas Berg", "tomas-berg", ActorKind.Person).Actor("Westria", "westria").Actor("Nordland", "nordland")
            .Extract();

        var condemnation = Single(events, EventType.Accuse, "tomas-berg");
        Assert.DoesNotContain(condemnation.Participants, p => p.Role == ParticipantRole.Target);
    }

    [Fact]
    public void Passive_with_by_agent_swaps_source_and_target()
    {
        var events = new EventTestDocument("Moldova was accused by Romania of hiding the shipments.", Language.English)
            .Actor("Moldova", "moldova").Actor("Romania", "romania")
            .Extract();

        Single(events, EventType.Accuse, "romania", "moldova");
    }

    [Fact]
    public void Reported_meeting_with_will_is_planned_and_symmetric()
    {
        var events = new EventTestDocument("Kenya's president William Ruto will meet Tanzania's leader in Nairobi next week, officials said.", Language.English)
            .Actor("Kenya's", "kenya").Actor("William Ruto", "william-ruto", ActorKind.Person).Actor("Tanzania's", "tanzania")
            .Actor("Nairobi", "nairobi", ActorKind.Location)
            .Date("next week", "2022-W06", "2022-02-07", "2022-02-13", Granularity.Week)
            .Extract();

        var meeting = Single(events, EventType.Consult, "william-ruto", "tanzania");
        Assert.Equal(Modality.Planned, meeting.Modality);
        Assert.Equal("2022-W06", meeting.Time!.Value);
        Assert.Contains(meeting.Participants, p => p.Role == ParticipantRole.Location && p.Actor.Value == "nairobi");
    }

    [Fact]
    public void Postponed_talks_are_postponed()
    {
        var events = new EventTestDocument("Talks between Serbia and Kosovo have been postponed.", Language.English)
            .Actor("Serbia", "serbia").Actor("Kosovo", "kosovo")
            .Extract();

        var talks = Single(events, EventType.Consult, "serbia", "kosovo");
        Assert.Equal(Modality.Postponed, talks.Modality);
    }

    [Fact]
    public void Denial_with_not_is_negated()
    {
        var events = new EventTestDocument("Chile did not reject the proposal from Peru.", Language.English)
            .Actor("Chile", "chile").Actor("Peru", "peru")
            .Extract();

        Assert.Equal(Modality.Negated, Single(events, EventType.Reject, "chile").Modality);
    }

    [Fact]
    public void Forces_that_attacked_a_town_commit_an_assault_not_an_accusation()
    {
        var events = new EventTestDocument("Russian forces attacked the border town of Vovchansk on Tuesday.", Language.English)
            .Actor("Russian", "russia").Actor("Vovchansk", "vovchansk", ActorKind.Location)
            .Date("on Tuesday", "2022-02-01", "2022-02-01")
            .Extract();

        Single(events, EventType.Assault, "russia");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_politician_who_attacked_the_government_accuses_it()
    {
        var events = new EventTestDocument("Senator Maria Oliveira attacked the government of Portugal over its budget.", Language.English)
            .Actor("Maria Oliveira", "maria-oliveira", ActorKind.Person).Actor("Portugal", "portugal")
            .Extract();

        Single(events, EventType.Accuse, "maria-oliveira");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void The_day_of_an_announcement_does_not_date_the_announced_aid()
    {
        var events = new EventTestDocument("Norway announced on Sunday that it would provide humanitarian aid to Moldova.", Language.English)
            .Actor("Norway", "norway").Actor("Moldova", "moldova")
            .Date("on Sunday", "2022-01-30", "2022-01-30")
            .Extract();

        var aid = Single(events, EventType.Aid, "norway", "moldova");
        Assert.Equal(Modality.Planned, aid.Modality);
        Assert.NotEqual(new LocalDate(2022, 1, 30), aid.Time?.Start);
    }

    [Fact]
    public void Wire_dateline_names_no_participant_and_an_embassy_bombing_targets_its_country()
    {
        var events = new EventTestDocument("VALLETTA, Malta (AP) _ A bomb exploded outside the Chilean embassy on Friday, injuring six people.", Language.English)
            .Actor("VALLETTA", "valletta", ActorKind.Location).Actor("Malta", "malta").Actor("AP", "ap", ActorKind.Organization)
            .Actor("Chilean", "chile")
            .Date("on Friday", "2022-01-28", "2022-01-28")
            .Extract();

        var bombing = Single(events, EventType.Assault, target: "chile");
        Assert.DoesNotContain(bombing.Participants, p => p.Actor.Value is "valletta" or "malta" or "ap");
        Assert.Equal(new LocalDate(2022, 1, 28), bombing.Time!.Start);
    }

    [Fact]
    public void A_condemned_bombing_happened_but_not_by_the_condemner()
    {
        var events = new EventTestDocument("Peru condemned the bombing of the Dutch embassy.", Language.English)
            .Actor("Peru", "peru").Actor("Dutch", "netherlands")
            .Extract();

        Single(events, EventType.Accuse, "peru");
        var bombing = Single(events, EventType.Assault, target: "netherlands");
        Assert.DoesNotContain(bombing.Participants, p => p.Actor.Value == "peru");
    }

    [Fact]
    public void Rejected_demands_are_no_request_of_the_rejecting_side()
    {
        var events = new EventTestDocument("Norway rejected the demands of Iceland on Monday.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland")
            .Extract();

        Single(events, EventType.Reject, "norway");
        Assert.False(events.Any(e => e.Type == EventType.Request && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "norway")), Describe(events));
    }

    [Fact]
    public void An_invitation_to_visit_is_one_invitation_not_a_visit()
    {
        var events = new EventTestDocument("Chile has invited the foreign minister of Peru to visit Santiago.", Language.English)
            .Actor("Chile", "chile").Actor("Peru", "peru").Actor("Santiago", "chile")
            .Extract();

        Assert.Single(events, e => e.Type == EventType.Consult);
        Assert.Equal("invite", Assert.Single(events, e => e.Type == EventType.Consult).Mode);
    }

    [Fact]
    public void A_call_to_cooperate_is_one_request()
    {
        var events = new EventTestDocument("The council condemned the raid and called on all states to cooperate with Ghana.", Language.English)
            .Actor("Ghana", "ghana")
            .Extract();

        Assert.False(events.Any(e => e.Type == EventType.Cooperate), Describe(events));
    }

    [Fact]
    public void Killed_after_a_named_bombing_is_that_bombing_not_an_act_of_the_place()
    {
        var events = new EventTestDocument("The bombing at the embassy in Lima, Peru, killed nine people.", Language.English)
            .Actor("Lima", "peru").Actor("Peru", "peru")
            .Extract();

        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "peru"));
    }

    [Fact]
    public void A_possible_strike_is_hypothetical()
    {
        var events = new EventTestDocument("Norway prepared a possible strike against Iceland.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland")
            .Extract();

        Assert.All(events.Where(e => e.Type == EventType.Assault), e => Assert.Equal(Modality.Hypothetical, e.Modality));
        Assert.Contains(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void Aid_announced_on_Sunday_is_dated_Sunday_and_given_by_the_announcer()
    {
        var events = new EventTestDocument("The EU announced on Sunday aid of 1.2 billion euros for Ukraine.", Language.English)
            .Actor("EU", "eu", ActorKind.Organization).Actor("Ukraine", "ukraine")
            .Date("on Sunday", "2022-01-30", "2022-01-30")
            .Extract();

        var aid = Single(events, EventType.Aid, "eu", "ukraine");
        Assert.Equal(new LocalDate(2022, 1, 30), aid.Time!.Start);
    }

    [Fact]
    public void It_in_an_announced_plan_is_the_announcer_of_the_same_sentence()
    {
        var events = new EventTestDocument("The EU announced on Sunday that it would provide financial aid to Ukraine.", Language.English)
            .Actor("EU", "eu", ActorKind.Organization).Actor("Ukraine", "ukraine")
            .Date("on Sunday", "2022-01-30", "2022-01-30")
            .Extract();

        var aid = Single(events, EventType.Aid, "eu", "ukraine");
        Assert.Equal(Modality.Planned, aid.Modality);
        Assert.Null(aid.Time);
    }

    [Fact]
    public void A_present_tense_meeting_on_Monday_is_the_coming_Monday()
    {
        // Published Tuesday 2022-02-01; the time tagger resolved "Monday" to the past Monday 2022-01-31.
        var events = new EventTestDocument("Norway and Iceland meet Monday in Oslo to discuss fishing quotas.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland").Actor("Oslo", "oslo", ActorKind.Location)
            .Date("Monday", "2022-01-31", "2022-01-31")
            .Extract();

        var meeting = Single(events, EventType.Consult, "norway", "iceland");
        Assert.Equal(new LocalDate(2022, 2, 7), meeting.Time!.Start);
    }

    [Fact]
    public void A_past_tense_meeting_on_Monday_stays_the_past_Monday()
    {
        var events = new EventTestDocument("Norway and Iceland met Monday in Oslo to discuss fishing quotas.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland").Actor("Oslo", "oslo", ActorKind.Location)
            .Date("Monday", "2022-01-31", "2022-01-31")
            .Extract();

        var meeting = Single(events, EventType.Consult, "norway", "iceland");
        Assert.Equal(new LocalDate(2022, 1, 31), meeting.Time!.Start);
    }

    [Fact]
    public void A_given_name_before_a_bare_surname_joins_the_id_of_a_listed_actor_but_a_title_does_not()
    {
        const string Text = "Senior MP Tessa Quorn criticised Norway over its whaling. President Harlow condemned Norway.";
        var events = new EventTestDocument(Text, Language.English)
            .Actor("Quorn", "quorn", ActorKind.Person).Actor("Harlow", "harlow", ActorKind.Person).Actor("Norway", "norway")
            .Listed("tessa-quorn", "Tessa Quorn", ActorKind.Person).Listed("president-harlow", "President Harlow", ActorKind.Person)
            .Extract();

        Single(events, EventType.Accuse, "tessa-quorn", "norway");
        Single(events, EventType.Accuse, "harlow", "norway");
    }

    [Fact]
    public void A_given_name_never_makes_an_id_the_document_does_not_list()
    {
        var events = new EventTestDocument("Senior MP Tessa Quorn criticised Norway over its whaling.", Language.English)
            .Actor("Quorn", "quorn", ActorKind.Person).Actor("Norway", "norway")
            .Extract();

        Single(events, EventType.Accuse, "quorn", "norway");
    }

    [Fact]
    public void The_subject_of_a_clause_does_not_lead_demonstrations_named_in_a_prepositional_phrase()
    {
        var events = new EventTestDocument("Norway closed its embassy after days of demonstrations against Iceland.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland")
            .Extract();

        var protest = Single(events, EventType.Protest, target: "iceland");
        Assert.DoesNotContain(protest.Participants, p => p.Actor.Value == "norway");
    }

    [Fact]
    public void Warnings_glossed_over_on_Monday_stay_on_the_past_Monday()
    {
        var events = new EventTestDocument("Iceland glossed over stern warnings from Norway on Monday about its quotas.", Language.English)
            .Actor("Iceland", "iceland").Actor("Norway", "norway")
            .Date("on Monday", "2022-01-31", "2022-01-31")
            .Extract();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(new LocalDate(2022, 1, 31), e.Time!.Start));
    }

    [Fact]
    public void Talks_with_one_named_party_and_no_partner_are_no_event_of_their_own()
    {
        var alone = new EventTestDocument("Norway discussed the fishing crisis at length.", Language.English)
            .Actor("Norway", "norway")
            .Extract();
        var together = new EventTestDocument("Norway discussed the fishing crisis with Iceland.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland")
            .Extract();

        Assert.DoesNotContain(alone, e => e.Type == EventType.Consult);
        Single(together, EventType.Consult, "norway", "iceland");
    }

    [Fact]
    public void An_attack_dated_by_its_month_is_the_same_attack_dated_by_its_day()
    {
        var events = new EventTestDocument("Norway attacked Iceland on Monday. In January Norway attacked Iceland with drones.", Language.English)
            .Actor("Norway", "norway").Actor("Iceland", "iceland")
            .Date("on Monday", "2022-01-31", "2022-01-31")
            .Date("In January", "2022-01", "2022-01-01", "2022-01-31", Granularity.Month)
            .Extract();

        var attack = Single(events, EventType.Assault, "norway", "iceland");
        Assert.Equal(new LocalDate(2022, 1, 31), attack.Time!.Start);
        Assert.Equal(2, attack.Mentions.Length);
    }
}

