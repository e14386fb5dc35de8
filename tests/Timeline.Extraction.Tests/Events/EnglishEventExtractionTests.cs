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
}
