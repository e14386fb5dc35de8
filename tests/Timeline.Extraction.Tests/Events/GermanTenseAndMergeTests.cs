using Timeline.Core.Actors;
using Timeline.Core.Events;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

/// <summary>German rules of dating and de-duplication, on invented sentences.</summary>
public sealed class GermanTenseAndMergeTests
{
    private const string Monday = "2022-01-31T09:00:00+01:00";

    [Theory]
    [InlineData("Die Außenministerin Anna Berg reist am Dienstag nach Polen.", "2022-02-01")]
    [InlineData("Die Außenministerin Anna Berg besucht am Dienstag Polen.", "2022-02-01")]
    [InlineData("Die Außenministerin Anna Berg reiste am Dienstag nach Polen.", "2022-01-25")]
    [InlineData("Die Außenministerin Anna Berg ist am Dienstag nach Polen gereist.", "2022-01-25")]
    [InlineData("Die Außenministerin Anna Berg hat am Dienstag Polen besucht.", "2022-01-25")]
    public void A_present_tense_act_on_a_weekday_is_on_the_coming_weekday_a_past_one_on_the_last(string sentence, string expected)
    {
        var events = new EventTestDocument(sentence, published: Monday)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Polen", "poland")
            .Date("am Dienstag", "2022-01-25", "2022-01-25")
            .Extract();

        var visit = Single(events, EventType.Consult, "anna-berg", "poland");
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, visit.Time!.Start);
    }

    [Theory]
    [InlineData("Die Kanzlerin Vera Lind kündigte am Montag an, Polen stärker finanziell unterstützen zu wollen.")]
    [InlineData("Die Kanzlerin Vera Lind versprach am Montag, Polen finanziell zu unterstützen.")]
    public void The_phrase_of_a_zu_infinitive_is_its_object_and_the_announcer_acts(string sentence)
    {
        var events = new EventTestDocument(sentence, published: Monday)
            .Actor("Vera Lind", "vera-lind", ActorKind.Person).Actor("Polen", "poland")
            .Date("am Montag", "2022-01-31", "2022-01-31")
            .Extract();

        Single(events, EventType.Aid, "vera-lind", "poland");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Actor.Value == "poland" && p.Role == ParticipantRole.Source));
    }

    [Fact]
    public void A_planned_talk_with_another_partner_is_not_folded_into_an_earlier_meeting()
    {
        var events = new EventTestDocument(
                "Die Außenministerin Anna Berg hat am Montag in Riga den lettischen Regierungschef Karl Ozols getroffen. "
                + "Am Mittwoch reist sie weiter nach Vilnius. Dort will sie mit Jonas Petraitis sprechen.",
                published: Monday)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Riga", "riga", ActorKind.Location)
            .Actor("lettischen", "latvia").Actor("Karl Ozols", "karl-ozols", ActorKind.Person)
            .Actor("Vilnius", "vilnius", ActorKind.Location).Actor("Jonas Petraitis", "jonas-petraitis", ActorKind.Person)
            .Date("am Montag", "2022-01-31", "2022-01-31").Date("Am Mittwoch", "2022-02-02", "2022-02-02")
            .Extract();

        var meeting = Single(events, EventType.Consult, "anna-berg", "karl-ozols");
        Assert.Equal(Modality.Asserted, meeting.Modality);
        Assert.DoesNotContain(meeting.Participants, p => p.Actor.Value == "jonas-petraitis");
        Assert.True(events.Any(e => e.Type == EventType.Consult && e.Modality == Modality.Planned
            && e.Participants.Any(p => p.Actor.Value == "jonas-petraitis")), Describe(events));
    }

    [Fact]
    public void A_plan_without_the_addressee_of_an_earlier_demand_is_a_second_demand()
    {
        var events = new EventTestDocument("Die EU hat Russland am Montag zum Abzug aufgefordert. Zudem will die EU eine Untersuchung fordern.", published: Monday)
            .Actor("EU", "eu", ActorKind.Organization).Actor("Russland", "russia")
            .Date("am Montag", "2022-01-31", "2022-01-31")
            .Extract();

        var demand = Single(events, EventType.Request, "eu", "russia");
        Assert.Equal(Modality.Asserted, demand.Modality);
        Assert.Single(demand.Mentions);
        Assert.True(events.Count(e => e.Type == EventType.Request) == 2, Describe(events));
    }

    [Theory]
    [InlineData("Anna Berg reist nach Vilnius. Dort will sie Jonas Petraitis treffen.", EventType.Consult)]
    [InlineData("Anna Berg reist nach Vilnius. Dort will sie Jonas Petraitis besuchen.", EventType.Consult)]
    [InlineData("Anna Berg reist nach Vilnius. Dort will sie mit Jonas Petraitis sprechen.", EventType.Consult)]
    [InlineData("Anna Berg reist nach Vilnius. Am Abend kritisierte sie Jonas Petraitis.", EventType.Accuse)]
    public void A_pronoun_before_a_named_phrase_is_the_subject_and_the_name_the_partner(string text, EventType type)
    {
        var events = new EventTestDocument(text)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Vilnius", "vilnius", ActorKind.Location)
            .Actor("Jonas Petraitis", "jonas-petraitis", ActorKind.Person)
            .Extract();

        Single(events, type, "anna-berg", "jonas-petraitis");
        Assert.DoesNotContain(events, e => e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == "jonas-petraitis"));
    }

    [Theory]
    [InlineData("Anna Berg empfing am Montag den Präsidenten von Frankreich.")]
    [InlineData("Am Montag empfing Anna Berg den Präsidenten von Frankreich.")]
    [InlineData("Anna Berg hat gestern den Außenminister von Frankreich empfangen.")]
    public void A_role_noun_with_von_as_object_makes_its_country_the_target(string text)
    {
        var events = new EventTestDocument(text)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person).Actor("Frankreich", "france")
            .Extract();

        Single(events, EventType.Consult, "anna-berg", "france");
    }

    [Fact]
    public void A_role_noun_names_the_person_the_article_introduced_with_that_title()
    {
        var events = new EventTestDocument(
                "Die Opposition im Stadtrat will Bürgermeister Karl Ozols absetzen. Gestern wurde ein Misstrauensantrag gegen den Bürgermeister eingereicht.")
            .Actor("Karl Ozols", "karl-ozols", ActorKind.Person)
            .Extract();

        Single(events, EventType.Request, target: "karl-ozols");
    }

    [Fact]
    public void A_title_used_for_two_persons_names_no_one()
    {
        var events = new EventTestDocument(
                "Minister Karl Ozols und Minister Jonas Petraitis reisten ab. Anna Berg kritisierte den Minister scharf.")
            .Actor("Karl Ozols", "karl-ozols", ActorKind.Person).Actor("Jonas Petraitis", "jonas-petraitis", ActorKind.Person)
            .Actor("Anna Berg", "anna-berg", ActorKind.Person)
            .Extract();

        var criticism = Single(events, EventType.Accuse, "anna-berg");
        Assert.DoesNotContain(criticism.Participants, p => p.Role == ParticipantRole.Target);
    }

    [Fact]
    public void An_organisation_after_die_and_a_person_right_after_it_are_subject_and_object()
    {
        var events = new EventTestDocument("Der Sprecher sagte, dass die NVB Lena Hartmann unterstütze.")
            .Actor("NVB", "nvb", ActorKind.Organization).Actor("Lena Hartmann", "lena-hartmann", ActorKind.Person)
            .Extract();

        Single(events, EventType.Support, "nvb", "lena-hartmann");
    }

    [Fact]
    public void Sie_does_not_refer_to_a_country_named_without_article_but_may_refer_to_die_USA()
    {
        var events = new EventTestDocument("Nordland hat vor Milizen gewarnt. Außerdem eroberten sie mehrere Städte.")
            .Actor("Nordland", "nordland")
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Participants.Any(p => p.Actor.Value == "nordland"));

        var usa = new EventTestDocument("Die USA haben Nordland scharf kritisiert. Außerdem bombardierten sie mehrere Städte in Nordland.")
            .Actor("USA", "usa").Actor("Nordland", "nordland")
            .Extract();

        Single(usa, EventType.Assault, "usa");
    }

    [Fact]
    public void A_crisis_meeting_of_an_organisation_is_its_council_meeting()
    {
        var events = new EventTestDocument("Krisentreffen der Nordischen Union am Dienstag in Oslo.")
            .Actor("Nordischen Union", "nordic-union", ActorKind.Organization).Actor("Oslo", "norway")
            .Extract();

        Assert.Equal("council", Single(events, EventType.Consult, "nordic-union").Mode);
    }

    [Fact]
    public void A_pronoun_after_a_sentence_about_an_unnamed_group_does_not_take_an_older_source()
    {
        var events = new EventTestDocument(
                "Die Nordische Union hat Milizen kritisiert. Die Kämpfer haben die Stadt erobert. Sie sollen dort mehrere Menschen getötet haben.")
            .Actor("Nordische Union", "nordic-union", ActorKind.Organization)
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Participants.Any(p => p.Actor.Value == "nordic-union"));
    }
}
