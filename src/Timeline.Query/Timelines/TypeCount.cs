using Timeline.Core.Events;

namespace Timeline.Query.Timelines;

/// <summary>How many events of a type.</summary>
public sealed record TypeCount(EventType Type, int Count);
