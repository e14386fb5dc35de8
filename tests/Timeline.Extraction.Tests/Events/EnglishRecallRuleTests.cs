using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

/// <summary>English linguistic classes of issue #5 (third round), each on an invented sentence.</summary>
public sealed class EnglishRecallRuleTests
{
    [Fact]
    public void A_subject_before_an_apposition_is_the_subject_of_the_verb_after_it()
    {
        var participle = new EventTestDocument("Norway, alarmed by the fighting along the border of Finland, urged all Nordic states to keep calm.", Language.English)
            .Actor("Norway", "norway").Actor("Finland", "finland")
            .Extract();
        Single(participle, EventType.Request, "norway");

        var noun = new EventTestDocument("The treaty was ready after Chile, one of the largest lenders, finally signed up to it.", Language.English)
            .Actor("Chile", "chile")
            .Extract();
        Single(noun, EventType.Agree, "chile");
    }

    [Fact]
    public void An_apposition_after_an_object_gives_no_subject_to_a_later_verb()
    {
        // "Peru" is the object of "visited", not the subject of "criticized".
        var events = new EventTestDocument("Yesterday the minister visited Peru, a country of many conflicts, and criticized Bolivia.", Language.English)
            .Actor("Peru", "peru").Actor("Bolivia", "bolivia")
            .Extract();
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "peru"));
    }

    [Fact]
    public void Ordering_the_destruction_of_a_force_is_an_assault_on_its_owner()
    {
        var events = new EventTestDocument("President Anna Berg ordered the destruction of Latvia's navy.", Language.English)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Latvia", "latvia")
            .Extract();
        Single(events, EventType.Assault, "anna-berg", "latvia");
    }

    [Fact]
    public void Not_only_and_not_just_do_not_negate()
    {
        var events = new EventTestDocument("Peru said it will not only condemn Chile but also Bolivia.", Language.English)
            .Actor("Peru", "peru").Actor("Chile", "chile").Actor("Bolivia", "bolivia")
            .Extract();
        Assert.NotEqual(Modality.Negated, Single(events, EventType.Accuse, "peru").Modality);
    }

    [Fact]
    public void A_between_phrase_before_a_verb_belongs_to_the_noun_before_it()
    {
        var events = new EventTestDocument("Last year a summit between Peru and Chile was called off when no agenda could be agreed.", Language.English)
            .Actor("Peru", "peru").Actor("Chile", "chile")
            .Extract();
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree);
    }

    [Fact]
    public void A_condition_inside_a_warning_does_not_make_the_warning_hypothetical()
    {
        var events = new EventTestDocument("Paris and Rome are alone in warning Serbia of air strikes if it does not withdraw.", Language.English)
            .Actor("Paris", "france").Actor("Rome", "italy").Actor("Serbia", "serbia")
            .Extract();
        var warning = Single(events, EventType.Threaten, "france", "serbia");
        Assert.NotEqual(Modality.Hypothetical, warning.Modality);
    }

    [Fact]
    public void A_fronted_prepositional_phrase_takes_the_subject_of_the_main_clause()
    {
        var events = new EventTestDocument("At a news conference with Prime Minister Anna Berg in Oslo, Mr. Lind said progress was slow.", Language.English)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Oslo", "oslo", ActorKind.Location).Actor("Lind", "erik-lind", ActorKind.Person)
            .Extract();
        Single(events, EventType.Consult, "erik-lind", "anna-berg");
    }

    [Fact]
    public void A_plan_is_not_dated_by_a_time_years_before_publication()
    {
        var events = new EventTestDocument("The African Union said it would investigate the massacre in Kenya three years ago.", Language.English, "1998-02-27T10:00:00+00:00")
            .Actor("African Union", "african-union", ActorKind.Organization).Actor("Kenya", "kenya")
            .Date("three years ago", "1995", "1995-01-01", "1995-12-31", Granularity.Year)
            .Extract();
        var plan = Single(events, EventType.Accuse, "african-union");
        Assert.NotEqual("1995", plan.Time?.Value);
    }

    [Fact]
    public void A_past_act_in_the_object_of_an_infinitive_is_no_plan()
    {
        var events = new EventTestDocument("The ministers agreed to set up a panel to investigate who shot down President Anna Berg's plane on May 3, 1994.", Language.English, "1998-02-27T10:00:00+00:00")
            .Actor("Anna Berg", "anna-berg", ActorKind.Person)
            .Date("May 3, 1994", "1994-05-03", "1994-05-03")
            .Extract();
        var attack = Single(events, EventType.Assault, null, "anna-berg");
        Assert.NotEqual(Modality.Planned, attack.Modality);
        Assert.Equal("1994-05-03", attack.Time?.Value);
    }

    [Fact]
    public void His_or_her_after_the_verb_names_the_person_before_it()
    {
        var events = new EventTestDocument("Prime Minister Anna Berg thanked Chile, which has backed her plan for the region.", Language.English)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Chile", "chile")
            .Extract();
        Single(events, EventType.Support, "chile", "anna-berg");
    }

    [Fact]
    public void The_two_countries_are_the_last_two_countries_named()
    {
        var events = new EventTestDocument("Storms hit Peru and Chile last week. The Red Cross has sent medical and other supplies as well as doctors to the two countries.", Language.English)
            .Actor("Peru", "peru").Actor("Chile", "chile").Actor("Red Cross", "red-cross", ActorKind.Organization)
            .Extract();
        var aid = Single(events, EventType.Aid, "red-cross", "peru");
        Assert.Contains(aid.Participants, p => p.Role == ParticipantRole.Target && p.Actor.Value == "chile");
    }

    [Fact]
    public void A_relative_clause_about_the_far_past_is_background()
    {
        var events = new EventTestDocument("Peru and Chile, which were invited to join the bloc in July 2019, will sign the treaty on Monday.", Language.English)
            .Actor("Peru", "peru").Actor("Chile", "chile")
            .Date("July 2019", "2019-07", "2019-07-01", "2019-07-31", Granularity.Month)
            .Extract();
        Assert.DoesNotContain(events, e => e.Type == EventType.Consult);
    }

    [Fact]
    public void A_rejected_objection_joins_its_dated_mention()
    {
        var events = new EventTestDocument("The tribunal rejected Chilean objections to the case. Chile filed objections to the case in 2019.", Language.English)
            .Actor("Chilean", "chile").Actor("Chile", "chile")
            .Date("2019", "2019", "2019-01-01", "2019-12-31", Granularity.Year)
            .Extract();
        var objection = Single(events, EventType.Reject, "chile");
        Assert.Equal(2, objection.Mentions.Length);
    }

    [Fact]
    public void A_visit_after_until_in_the_present_has_not_happened()
    {
        var pending = new EventTestDocument("Peru says Chile must wait until Anna Berg visits Lima.", Language.English)
            .Actor("Peru", "peru").Actor("Chile", "chile").Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Lima", "peru")
            .Extract();
        Assert.Equal(Modality.Hypothetical, Single(pending, EventType.Consult, "anna-berg").Modality);

        var past = new EventTestDocument("Chile waited until Anna Berg visited Lima.", Language.English)
            .Actor("Chile", "chile").Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Lima", "peru")
            .Extract();
        Assert.NotEqual(Modality.Hypothetical, Single(past, EventType.Consult, "anna-berg").Modality);
    }

    [Fact]
    public void The_owner_of_a_speaker_noun_is_not_the_subject_of_the_reported_act()
    {
        var events = new EventTestDocument("Reports in Peru said the bomb that exploded in Lima was brought from Chile.", Language.English)
            .Actor("Peru", "peru").Actor("Lima", "lima", ActorKind.Location).Actor("Chile", "chile")
            .Extract();
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "peru"));
    }
}
