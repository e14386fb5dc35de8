using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Time;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

public sealed class GermanEventExtractionTests
{
    [Fact]
    public void Separable_verb_with_particle_at_clause_end_is_a_request_with_speaker_and_addressee()
    {
        var events = new EventTestDocument("Frankreichs Präsident Emmanuel Macron rief Russland am Mittwoch erneut auf, die Truppen abzuziehen.")
            .Actor("Frankreichs", "france").Actor("Emmanuel Macron", "emmanuel-macron", ActorKind.Person).Actor("Russland", "russia")
            .Date("am Mittwoch", "2022-02-02", "2022-02-02")
            .Extract();

        var request = Single(events, EventType.Request, "emmanuel-macron", "russia");
        Assert.Equal("rief … auf", request.Primary.Trigger);
        Assert.Equal(new LocalDate(2022, 2, 2), request.Time!.Start);
        Assert.Equal(Modality.Asserted, request.Modality);
    }

    [Fact]
    public void Light_verb_phrase_eine_Absage_erteilen_is_a_rejection_of_the_adjective_named_actor()
    {
        var events = new EventTestDocument("Deutschland hat der polnischen Forderung nach Reparationen am Freitag erneut eine Absage erteilt.")
            .Actor("Deutschland", "germany").Actor("polnischen", "poland")
            .Date("am Freitag", "2022-01-28", "2022-01-28")
            .Extract();

        var reject = Single(events, EventType.Reject, "germany", "poland");
        Assert.Equal(new LocalDate(2022, 1, 28), reject.Time!.Start);
        Single(events, EventType.Request, "poland");
    }

    [Fact]
    public void Planned_call_mentioned_twice_becomes_one_event_with_two_mentions()
    {
        var events = new EventTestDocument(
                "Am Donnerstag wollen beide Seiten miteinander telefonieren. Zur Lage im Osten wollen der französische Präsident "
                + "Emmanuel Macron und Kanzler Olaf Scholz dann erneut telefonieren.")
            .Actor("französische", "france").Actor("Emmanuel Macron", "emmanuel-macron", ActorKind.Person)
            .Actor("Olaf Scholz", "olaf-scholz", ActorKind.Person)
            .Date("Am Donnerstag", "2022-02-03", "2022-02-03")
            .Extract();

        var call = Single(events, EventType.Consult);
        Assert.Equal("phone", call.Mode);
        Assert.Equal(Modality.Planned, call.Modality);
        Assert.Equal(2, call.Mentions.Length);
        Assert.True(call.Mentions[0].TriggerSpan.Begin < call.Mentions[1].TriggerSpan.Begin);
        Assert.Equal(new LocalDate(2022, 2, 3), call.Time!.Start);
        Assert.Equal(["emmanuel-macron", "olaf-scholz"], call.Participants.Select(p => p.Actor.Value).Order(StringComparer.Ordinal));
        var expectedId = EventIdentity.For(EventType.Consult, call.Participants.Select(p => p.Actor), call.Time, new("doc-1"), 0);
        Assert.Equal(expectedId, call.Id);
    }

    [Fact]
    public void A_weekday_between_verb_and_name_is_no_title_of_the_name()
    {
        var events = new EventTestDocument("Emmanuel Macron traf am Montag Olaf Scholz.")
            .Actor("Emmanuel Macron", "emmanuel-macron", ActorKind.Person).Actor("Olaf Scholz", "olaf-scholz", ActorKind.Person)
            .Date("am Montag", "2022-01-31", "2022-01-31")
            .Extract();

        Single(events, EventType.Consult, "emmanuel-macron", "olaf-scholz");
    }

    [Fact]
    public void Subject_and_object_persons_side_by_side_are_two_participants()
    {
        var events = new EventTestDocument("Am Montag traf Joe Biden Olaf Scholz in Berlin.")
            .Actor("Joe Biden", "joe-biden", ActorKind.Person).Actor("Olaf Scholz", "olaf-scholz", ActorKind.Person).Actor("Berlin", "germany")
            .Date("Am Montag", "2022-01-31", "2022-01-31")
            .Extract();

        Single(events, EventType.Consult, "joe-biden", "olaf-scholz");
    }

    [Fact]
    public void Konjunktiv_with_kein_is_negated()
    {
        var events = new EventTestDocument("Russland wolle keinen Krieg gegen die Ukraine beginnen, sagte ein Sprecher in Moskau.")
            .Actor("Russland", "russia").Actor("Ukraine", "ukraine").Actor("Moskau", "moscow", ActorKind.Location)
            .Extract();

        var war = Single(events, EventType.Assault, "russia", "ukraine");
        Assert.Equal(Modality.Negated, war.Modality);
    }

    [Fact]
    public void Postponed_call_names_caller_by_genitive_and_callee_by_mit()
    {
        var events = new EventTestDocument("Ein Telefonat Macrons mit Putin ist jedoch bis auf weiteres aufgeschoben.")
            .Actor("Macrons", "emmanuel-macron", ActorKind.Person).Actor("Putin", "wladimir-putin", ActorKind.Person)
            .Extract();

        var call = Single(events, EventType.Consult, "emmanuel-macron", "wladimir-putin");
        Assert.Equal(Modality.Postponed, call.Modality);
        Assert.Null(call.Time);
    }

    [Fact]
    public void Nationality_adjective_names_the_owner_of_the_forces_and_the_weekend_dates_the_build_up()
    {
        var events = new EventTestDocument("Am Wochenende sind weitere belarussische Truppen in Polen und an der Grenze zu Litauen aufmarschiert.")
            .Actor("belarussische", "belarus").Actor("Polen", "poland").Actor("Litauen", "lithuania")
            .Date("Am Wochenende", "2022-W04-WE", "2022-01-29", "2022-01-30", Granularity.Weekend)
            .Extract();

        var buildUp = Single(events, EventType.Mobilize, "belarus");
        Assert.Equal(new LocalDate(2022, 1, 29), buildUp.Time!.Start);
        Assert.Equal(Granularity.Weekend, buildUp.Time.Granularity);
        Assert.Contains(buildUp.Participants, p => p.Role == ParticipantRole.Location && p.Actor.Value == "poland");
    }

    [Fact]
    public void Passive_alert_takes_the_country_of_the_soldiers_as_source()
    {
        var events = new EventTestDocument("Auf Anordnung des Präsidenten waren 3000 Soldaten in Frankreich in erhöhte Bereitschaft versetzt worden.")
            .Actor("Frankreich", "france")
            .Extract();

        var alert = Single(events, EventType.Mobilize, "france");
        Assert.Equal("alert", alert.Mode);
        Assert.Equal(Granularity.Range, alert.Time!.Granularity);
        Assert.Equal(new LocalDate(2022, 2, 1), alert.Time.End);
    }

    [Fact]
    public void Boilerplate_line_never_yields_an_event()
    {
        var events = new EventTestDocument("Über dieses Thema berichtete das Radio Berlin am 3. Februar 2022 nach dem Angriff auf Polen.")
            .Actor("Polen", "poland").Actor("Berlin", "berlin", ActorKind.Location)
            .Extract();

        Assert.Empty(events);
    }

    [Fact]
    public void Dateline_is_never_the_event_date()
    {
        var events = new EventTestDocument("Stand: 01.02.2022 10:53 Uhr\n\nRussland kritisierte die NATO scharf.")
            .Actor("Russland", "russia").Actor("NATO", "nato", ActorKind.Organization)
            .Date("01.02.2022 10:53 Uhr", "2022-02-01T10:53", "2022-02-01")
            .Extract();

        var accuse = Single(events, EventType.Accuse, "russia", "nato");
        Assert.Equal(Granularity.Range, accuse.Time!.Granularity);
        Assert.NotEqual(accuse.Time.Start, accuse.Time.End);
        Assert.Null(accuse.Primary.TimeEvidence);
    }

    [Fact]
    public void Running_time_of_the_section_dates_the_following_sentence()
    {
        var events = new EventTestDocument(
                "Am Montag tagte in New York der UN-Sicherheitsrat. Der britische Botschafter beschuldigte Russland, die Lage zu verschärfen.")
            .Actor("UN-Sicherheitsrat", "un-security-council", ActorKind.Organization).Actor("britische", "united-kingdom")
            .Actor("Russland", "russia").Actor("New York", "new-york", ActorKind.Location)
            .Date("Am Montag", "2022-01-31", "2022-01-31")
            .Extract();

        var session = Single(events, EventType.Consult, "un-security-council");
        Assert.Equal(new LocalDate(2022, 1, 31), session.Time!.Start);
        var accuse = Single(events, EventType.Accuse, "united-kingdom", "russia");
        Assert.Equal(new LocalDate(2022, 1, 31), accuse.Time!.Start);
    }

    [Fact]
    public void Announcement_makes_the_embedded_aid_planned_and_lends_its_speaker_as_source()
    {
        var events = new EventTestDocument(
                "Kanzler Olaf Scholz kündigte vor einem Besuch in Litauen an, das Land stärker finanziell unterstützen zu wollen. "
                + "Mit 50 Millionen Euro wolle man Litauen helfen.")
            .Actor("Olaf Scholz", "olaf-scholz", ActorKind.Person).Actor("Litauen", "lithuania")
            .Extract();

        var aid = Single(events, EventType.Aid, "olaf-scholz", "lithuania");
        Assert.Equal("financial", aid.Mode);
        Assert.Equal(Modality.Planned, aid.Modality);
        Assert.Equal(2, aid.Mentions.Length);
    }

    [Fact]
    public void Departure_order_with_separable_anweisen_is_a_retreat()
    {
        var events = new EventTestDocument("Angesichts der Spannungen wies das britische Außenministerium die Ausreise von Familien aus Moldau an.")
            .Actor("britische Außenministerium", "uk-foreign-office", ActorKind.Organization).Actor("Moldau", "moldova")
            .Extract();

        var retreat = Single(events, EventType.Retreat, "uk-foreign-office");
        Assert.Equal("departure-order", retreat.Mode);
        Assert.Contains(retreat.Participants, p => p.Actor.Value == "moldova");
    }

    [Fact]
    public void Sentence_without_actors_yields_no_event()
    {
        var events = new EventTestDocument("Beide Seiten wollen miteinander telefonieren.").Extract();
        Assert.Empty(events);
    }

    [Fact]
    public void Warnte_vor_einem_Angriff_is_a_warning_not_an_attack_by_the_warner()
    {
        var events = new EventTestDocument("Lettland warnte Russland am Montag vor einem Angriff auf Estland.")
            .Actor("Lettland", "latvia").Actor("Russland", "russia").Actor("Estland", "estonia")
            .Date("am Montag", "2022-01-31", "2022-01-31")
            .Extract();

        Assert.False(events.Any(e => e.Type == EventType.Assault), Describe(events));
        Single(events, EventType.Threaten, "latvia", "russia");
    }

    [Fact]
    public void Verurteilter_Anschlag_is_not_committed_by_the_condemner()
    {
        var events = new EventTestDocument("Die Schweiz hat den Anschlag auf die Botschaft Ghanas scharf verurteilt.")
            .Actor("Schweiz", "switzerland").Actor("Ghanas", "ghana")
            .Extract();

        Single(events, EventType.Accuse, "switzerland");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "switzerland"));
    }

    [Fact]
    public void Gefordertes_Gespraech_as_a_noun_is_content_not_an_event()
    {
        var events = new EventTestDocument("Der Premier Portugals drängt auf Verhandlungen mit Marokko.")
            .Actor("Portugals", "portugal").Actor("Marokko", "morocco")
            .Extract();

        Single(events, EventType.Request, "portugal");
        Assert.False(events.Any(e => e.Type == EventType.Consult), Describe(events));
    }

    [Fact]
    public void Zurueckgewiesene_Forderungen_are_no_request_of_the_rejecting_side()
    {
        var events = new EventTestDocument("Finnland wies die Forderungen Schwedens am Dienstag zurück.")
            .Actor("Finnland", "finland").Actor("Schwedens", "sweden")
            .Extract();

        Single(events, EventType.Reject, "finland");
        Assert.False(events.Any(e => e.Type == EventType.Request && e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "finland")), Describe(events));
    }

    [Fact]
    public void Ausweisung_des_Mannes_names_the_expelled_as_target()
    {
        var events = new EventTestDocument("Österreich kritisierte die Ausweisung des Journalisten Karl Berger aus Ungarn.")
            .Actor("Österreich", "austria").Actor("Karl Berger", "karl-berger", ActorKind.Person).Actor("Ungarn", "hungary")
            .Extract();

        var expulsion = Assert.Single(events, e => e.Type == EventType.Sanction);
        Assert.DoesNotContain(expulsion.Participants, p => p.Role == ParticipantRole.Source && p.Actor.Value == "karl-berger");
        Assert.Contains(expulsion.Participants, p => p.Role == ParticipantRole.Target && p.Actor.Value == "karl-berger");
    }

    [Fact]
    public void Quoted_ich_is_the_person_named_before_the_quote()
    {
        var events = new EventTestDocument("Die Ministerin Eva Gruber sagte am Abend: \"Ich habe die Kandidatur abgelehnt.\"")
            .Actor("Eva Gruber", "eva-gruber", ActorKind.Person)
            .Extract();

        Single(events, EventType.Reject, "eva-gruber");
    }

    [Fact]
    public void An_undated_lead_sentence_takes_the_day_of_the_next_sentence_naming_its_source()
    {
        var events = new EventTestDocument(
                "Österreich hat den Angriff auf Ungarn scharf verurteilt. Österreichs Kanzler sprach gestern von einem Rechtsbruch.")
            .Actor("Österreichs", "austria").Actor("Österreich", "austria").Actor("Ungarn", "hungary")
            .Date("gestern", "2022-01-31", "2022-01-31")
            .Extract();

        var condemnation = Single(events, EventType.Accuse, "austria");
        Assert.Equal(new LocalDate(2022, 1, 31), condemnation.Time!.Start);
    }

    [Fact]
    public void An_undated_lead_sentence_keeps_its_window_when_the_next_sentence_names_someone_else()
    {
        var events = new EventTestDocument(
                "Österreich hat den Angriff auf Ungarn scharf verurteilt. Polens Präsident sprach gestern von einem Rechtsbruch.")
            .Actor("Österreich", "austria").Actor("Ungarn", "hungary").Actor("Polens", "poland")
            .Date("gestern", "2022-01-31", "2022-01-31")
            .Extract();

        var condemnation = Single(events, EventType.Accuse, "austria");
        Assert.Equal(Granularity.Range, condemnation.Time!.Granularity);
    }

    [Fact]
    public void A_time_in_a_following_zu_infinitive_dates_the_intended_act_not_the_welcome()
    {
        var events = new EventTestDocument("Polen begrüßt die Absicht Litauens, noch heuer die Grenzkontrollen aufzuheben zu wollen.")
            .Actor("Polen", "poland").Actor("Litauens", "lithuania")
            .Date("heuer", "2022", "2022-01-01", "2022-12-31", Granularity.Year)
            .Extract();

        var welcome = Single(events, EventType.Support, "poland");
        Assert.NotEqual(Granularity.Year, welcome.Time!.Granularity);
    }

    [Fact]
    public void Who_is_considered_suspicious_accuses_no_one_but_who_suspects_does()
    {
        var events = new EventTestDocument("Der Student Karl Wendt galt als verdächtig. Die Polizei Wiens verdächtigt Karl Wendt des Betrugs.")
            .Actor("Karl Wendt", "karl-wendt", ActorKind.Person).Actor("Wiens", "vienna", ActorKind.Location)
            .Extract();

        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "karl-wendt"));
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Participants.Any(p => p.Role == ParticipantRole.Target && p.Actor.Value == "karl-wendt"));
    }
}

