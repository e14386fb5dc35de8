using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Rules of issue #5 (precision and recall on the dev set), each on an invented sentence.</summary>
public sealed class EventPrecisionRuleTests
{
    [Fact]
    public void Would_in_reported_speech_is_a_plan_but_stays_hypothetical_under_a_condition()
    {
        var planned = new EventTestDocument("A spokesman added that the ceremony would still be held at the NATO summit in Oslo.", Language.English)
            .Actor("NATO", "nato", ActorKind.Organization).Actor("Oslo", "oslo", ActorKind.Location)
            .Extract();
        Assert.Equal(Modality.Planned, Single(planned, EventType.Consult, "nato").Modality);

        var conditional = new EventTestDocument("A spokesman added that the ceremony would be held at the NATO summit if the weather allows.", Language.English)
            .Actor("NATO", "nato", ActorKind.Organization)
            .Extract();
        Assert.Equal(Modality.Hypothetical, Single(conditional, EventType.Consult, "nato").Modality);
    }

    [Fact]
    public void Warnings_from_a_country_are_that_countrys_not_the_listeners()
    {
        var events = new EventTestDocument("Prime Minister Anna Berg ignored warnings from Moscow that Norwegian troops would be punished.", Language.English)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Moscow", "russia").Actor("Norwegian", "norway")
            .Extract();

        Single(events, EventType.Threaten, "russia", "norway");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten && e.Participants.Any(p => p.Actor.Value == "anna-berg"));
    }

    [Fact]
    public void A_denied_act_is_content_of_the_denial_not_an_event()
    {
        var events = new EventTestDocument("Greece denied that it had attacked Turkish ships.", Language.English)
            .Actor("Greece", "greece").Actor("Turkish", "turkey")
            .Extract();

        Single(events, EventType.Reject, "greece");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void Refusing_to_give_details_rejects_no_one()
    {
        var events = new EventTestDocument("Officials from Chile refused to provide details.", Language.English)
            .Actor("Chile", "chile")
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Reject);
    }

    [Fact]
    public void Simulated_attacks_are_a_threat_not_an_assault()
    {
        var english = new EventTestDocument("Two Russian bombers simulated attacks on a Danish frigate.", Language.English)
            .Actor("Russian", "russia").Actor("Danish", "denmark")
            .Extract();
        Single(english, EventType.Threaten, "russia", "denmark");
        Assert.DoesNotContain(english, e => e.Type == EventType.Assault);

        var german = new EventTestDocument("Zwei russische Kampfjets haben Angriffe auf ein dänisches Schiff simuliert.")
            .Actor("russische", "russia").Actor("dänisches", "denmark")
            .Extract();
        Single(german, EventType.Threaten, "russia");
        Assert.DoesNotContain(german, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void Auf_Eis_legen_suspends_and_is_a_sanction()
    {
        var events = new EventTestDocument("Wegen der Kämpfe legt Deutschland das Ausbildungsprojekt auf Eis.")
            .Actor("Deutschland", "germany")
            .Extract();

        Single(events, EventType.Sanction, "germany");
    }

    [Fact]
    public void German_es_takes_the_last_country_named_without_article_not_the_usa()
    {
        var events = new EventTestDocument("Nordkorea drohte Japan am Montag mit Vergeltung. Die USA kritisierten die Drohung. Es warf Japan zudem vor, Spione zu schicken.")
            .Actor("Nordkorea", "north-korea").Actor("Japan", "japan").Actor("USA", "usa")
            .Extract();

        Single(events, EventType.Accuse, "north-korea", "japan");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "usa")
            && e.Participants.Any(p => p.Actor.Value == "japan"));
    }

    [Fact]
    public void German_object_noun_with_von_names_the_target()
    {
        var events = new EventTestDocument("Das Land warf der Regierung von Präsident Lee Min-ho vor, einen Angriff zu planen.")
            .Actor("Lee Min-ho", "lee-min-ho", ActorKind.Person)
            .Extract();

        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Participants.Any(p => p.Role == ParticipantRole.Target && p.Actor.Value == "lee-min-ho"));
    }

    [Fact]
    public void Signing_accession_papers_targets_the_organisation_joined()
    {
        var events = new EventTestDocument("The presidents of Latvia and Estonia signed papers of accession to become members of NATO.", Language.English)
            .Actor("Latvia", "latvia").Actor("Estonia", "estonia").Actor("NATO", "nato", ActorKind.Organization)
            .Extract();

        var signing = Single(events, EventType.Agree, "latvia", "nato");
        Assert.DoesNotContain(signing.Participants, p => p.Role == ParticipantRole.Target && p.Actor.Value == "estonia");
    }

    [Fact]
    public void Subject_after_the_conjunction_after_acts()
    {
        var events = new EventTestDocument("The treaty entered into force after the Latvian parliament ratified it on Tuesday.", Language.English)
            .Actor("Latvian", "latvia")
            .Extract();

        Single(events, EventType.Agree, "latvia");
    }

    [Fact]
    public void A_name_before_a_relative_clause_is_the_subject_of_the_verb_after_it()
    {
        var events = new EventTestDocument("Peru, which took the dispute to the court, hailed the ruling.", Language.English)
            .Actor("Peru", "peru")
            .Extract();

        Single(events, EventType.Support, "peru");
    }

    [Fact]
    public void A_country_name_before_an_attack_noun_is_its_place_but_an_abbreviation_its_author()
    {
        var place = new EventTestDocument("Two suspects in the Kenya bombing were handed over on Friday.", Language.English)
            .Actor("Kenya", "kenya")
            .Extract();
        Assert.DoesNotContain(place, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "kenya"));

        var author = new EventTestDocument("Sudan condemned the U.S. bombing of a factory.", Language.English)
            .Actor("Sudan", "sudan").Actor("U.S.", "usa")
            .Extract();
        Single(author, EventType.Assault, "usa");
    }

    [Fact]
    public void An_organisation_before_a_city_in_front_of_a_meeting_noun_meets_there()
    {
        var events = new EventTestDocument("Leaders gathered for the NATO Madrid summit on Friday.", Language.English)
            .Actor("NATO", "nato", ActorKind.Organization).Actor("Madrid", "spain")
            .Extract();

        Single(events, EventType.Consult, "nato");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "spain"));
    }

    [Fact]
    public void A_partner_named_after_gemeinsam_mit_acts_with_an_unnamed_subject()
    {
        var events = new EventTestDocument("Gemeinsam mit Pfarrerin Eva Moser rufen Gemeinde und Vereine die Bürger zu Spenden auf.")
            .Actor("Eva Moser", "eva-moser", ActorKind.Person)
            .Extract();

        Single(events, EventType.Request, "eva-moser");
    }

    [Fact]
    public void A_purpose_clause_after_a_comma_is_no_event()
    {
        var events = new EventTestDocument("Thousands gathered in Lagos, to urge President Okoro to resign.", Language.English)
            .Actor("Lagos", "lagos", ActorKind.Location).Actor("Okoro", "okoro", ActorKind.Person)
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Request);
    }

    [Fact]
    public void Talks_with_an_unnamed_partner_are_an_event_of_their_own()
    {
        var meeting = new EventTestDocument("Bürgermeister Karl Huber will mit allen Fraktionen über den Haushalt sprechen.")
            .Actor("Karl Huber", "karl-huber", ActorKind.Person)
            .Extract();
        Assert.Equal(Modality.Planned, Single(meeting, EventType.Consult, "karl-huber").Modality);

        var named = new EventTestDocument("Senator Ray Dunn discussed the crisis with the one ally who backed him, Governor Ana Ruiz.", Language.English)
            .Actor("Ray Dunn", "ray-dunn", ActorKind.Person).Actor("Ana Ruiz", "ana-ruiz", ActorKind.Person)
            .Extract();
        Assert.DoesNotContain(named, e => e.Type == EventType.Consult && e.Participants.Length == 1);

        var pronoun = new EventTestDocument("Bürgermeister Karl Huber will sich mit ihm treffen.")
            .Actor("Karl Huber", "karl-huber", ActorKind.Person)
            .Extract();
        Assert.DoesNotContain(pronoun, e => e.Type == EventType.Consult);
    }
}
