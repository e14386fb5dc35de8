using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;

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
}
