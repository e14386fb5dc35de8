namespace Timeline.Core.Graph;

/// <summary>Which parts of an event a reader of <see cref="ISnapshotSource.ReadEvents(EventParts)"/> needs besides the
/// event's own values (id, type, mode, modality, time, confidence), so that a store can leave the others unread.</summary>
[Flags]
public enum EventParts
{
    /// <summary>Only the event's own values: <see cref="Events.Event.Participants"/> and
    /// <see cref="Events.Event.Mentions"/> may be empty.</summary>
    None = 0,

    /// <summary>The participants.</summary>
    Participants = 1,

    /// <summary>The mentions (and so <see cref="Events.Event.Primary"/>).</summary>
    Mentions = 2,

    /// <summary>The whole event.</summary>
    All = Participants | Mentions,
}
