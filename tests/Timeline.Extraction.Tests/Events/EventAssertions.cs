using System.Collections.Immutable;
using Timeline.Core.Events;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Finds events by type and participants and describes them for failure messages.</summary>
internal static class EventAssertions
{
    public static Event Single(ImmutableArray<Event> events, EventType type, string? source = null, string? target = null)
    {
        var found = events.Where(e => e.Type == type
            && (source is null || e.Participants.Any(p => p.Role == ParticipantRole.Source && p.Actor.Value == source))
            && (target is null || e.Participants.Any(p => p.Role == ParticipantRole.Target && p.Actor.Value == target))).ToList();
        Assert.True(found.Count == 1, $"expected one {type} {source}->{target}, found {found.Count} in:\n{Describe(events)}");
        return found[0];
    }

    public static string Describe(ImmutableArray<Event> events) => string.Join('\n', events.Select(e =>
        $"{e.Type} {e.Mode} {e.Modality} [{string.Join(", ", e.Participants.Select(p => $"{p.Role}:{p.Actor}"))}] "
        + $"{e.Time?.Value ?? "-"} x{e.Mentions.Length} '{e.Primary.Trigger}' {e.Confidence}"));
}
