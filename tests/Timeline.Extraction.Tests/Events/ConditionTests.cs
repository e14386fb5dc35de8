using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using static Timeline.Extraction.Tests.Events.EventAssertions;

namespace Timeline.Extraction.Tests.Events;

/// <summary>An act named inside a condition is no event; the act the condition qualifies is. Invented sentences.</summary>
public sealed class ConditionTests
{
    private const string Published = "2022-03-14T10:00:00+00:00";

    [Fact]
    public void An_evacuation_named_only_in_case_it_is_needed_is_no_event_but_the_standby_is()
    {
        var events = new EventTestDocument(
                "Norway has put its troops on standby in case they need to evacuate citizens from Moldova.", Language.English, Published)
            .Actor("Norway", "norway").Actor("Moldova", "moldova")
            .Extract();

        Single(events, EventType.Mobilize, "norway");
        Assert.DoesNotContain(events, e => e.Type == EventType.Retreat);
    }

    [Theory]
    [InlineData("If Portugal is attacked by Spain, the Union will send observers.", "Portugal", Language.English)]
    [InlineData("Falls Portugal von Spanien angegriffen wird, schickt die Union Beobachter.", "Portugal", Language.German)]
    public void An_act_after_if_or_falls_is_the_condition_not_an_event(string sentence, string country, Language language)
    {
        var events = new EventTestDocument(sentence, language, Published)
            .Actor(country, "portugal").Actor(language == Language.English ? "Spain" : "Spanien", "spain")
            .Actor("Union", "eu", ActorKind.Organization)
            .Extract();

        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_condition_after_the_trigger_qualifies_the_event_and_keeps_it()
    {
        var events = new EventTestDocument("Sweden threatened Latvia with sanctions if it closes the border.", Language.English, Published)
            .Actor("Sweden", "sweden").Actor("Latvia", "latvia")
            .Extract();

        Single(events, EventType.Threaten, "sweden", "latvia");
    }
}
