using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Participant and type rules for error classes of the dev set, on invented sentences.</summary>
public sealed class ParticipantRuleTests
{
    [Fact]
    public void Police_in_a_country_named_in_an_earlier_clause_raid_as_coercion_by_that_country()
    {
        var events = new EventTestDocument(
            "On Tuesday, police in the Maldives islands, off the Indian coast, raided a warehouse and detained a suspect named Omar Rasheed.",
            Language.English)
            .Actor("Maldives", "maldives").Actor("Indian", "india").Actor("Omar Rasheed", "omar-rasheed", ActorKind.Person)
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "india"));
        Assert.Contains(events, e => e.Type == EventType.Coerce && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "maldives"));
    }

    [Fact]
    public void The_of_phrase_of_a_role_noun_object_is_the_target()
    {
        var events = new EventTestDocument("The chancellor Anna Berg has invited the defence ministers of Chile to a conference in Vienna.", Language.English)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Chile", "chile").Actor("Vienna", "vienna", ActorKind.Location)
            .Extract();

        Assert.Contains(events, e => e.Type == EventType.Consult
            && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "anna-berg")
            && e.Participants.Any(p => p.Role == ParticipantRole.Target && p.Actor.Value == "chile"));
    }

    [Fact]
    public void A_leaders_supporters_act_and_the_leader_is_the_target()
    {
        var events = new EventTestDocument("Colonel Malik's supporters staged demonstrations in the capital on Sunday.", Language.English)
            .Actor("Malik's", "farid-malik", ActorKind.Person)
            .Extract();

        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "farid-malik"));
        Assert.Contains(events, e => e.Type == EventType.Protest && e.Participants.Any(p => p.Role == ParticipantRole.Target && p.Actor.Value == "farid-malik"));
    }

    [Fact]
    public void German_followers_of_a_politician_are_not_the_politician()
    {
        var events = new EventTestDocument("Am Samstag protestierten Hubers Anhänger vor dem Landtag gegen die Regierung.", Language.German)
            .Actor("Hubers", "karl-huber", ActorKind.Person)
            .Extract();

        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "karl-huber"));
        Assert.Contains(events, e => e.Type == EventType.Protest && e.Participants.Any(p => p.Role == ParticipantRole.Target && p.Actor.Value == "karl-huber"));
    }

    [Fact]
    public void A_phrase_inside_a_participle_clause_of_the_object_is_not_the_target()
    {
        var events = new EventTestDocument("The party chairman Tom Reed has denied a report claiming he misled Paula Grant about the vote.", Language.English)
            .Actor("Tom Reed", "tom-reed", ActorKind.Person).Actor("Paula Grant", "paula-grant", ActorKind.Person)
            .Extract();

        var denial = Single(events, EventType.Reject, "tom-reed");
        Assert.DoesNotContain(denial.Participants, p => p.Actor.Value == "paula-grant");
    }

    [Fact]
    public void A_headline_person_attacks_a_country_in_words()
    {
        var events = new EventTestDocument("Lindqvist attacks Norway over fishing quotas", Language.English)
            .Actor("Lindqvist", "lindqvist", ActorKind.Person).Actor("Norway", "norway")
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
        Single(events, EventType.Accuse, "lindqvist", "norway");
    }

    [Fact]
    public void The_agent_of_an_alleged_passive_act_is_the_accused()
    {
        var events = new EventTestDocument("Prosecutors in Chile allege the fires were set by Carlos Mendez.", Language.English)
            .Actor("Chile", "chile").Actor("Carlos Mendez", "carlos-mendez", ActorKind.Person)
            .Extract();

        Single(events, EventType.Accuse, "chile", "carlos-mendez");
    }

    [Fact]
    public void A_threat_inside_a_prepositional_phrase_is_not_the_speakers_act()
    {
        var events = new EventTestDocument(
            "Ministry spokeswoman Clara Voss criticised Norway. She said she had no details on the threats.", Language.English)
            .Actor("Clara Voss", "clara-voss", ActorKind.Person).Actor("Norway", "norway")
            .Extract();

        Single(events, EventType.Accuse, "clara-voss", "norway");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten);
    }
}
