using NodaTime;
using Timeline.Core.Actors;

namespace Timeline.Storage;

/// <summary>An actor with how often and when it appears in events.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Events">Number of events it participates in.</param>
/// <param name="Mentions">Number of times it is mentioned in documents.</param>
/// <param name="FirstSeen">Start of its earliest dated event, or null.</param>
/// <param name="LastSeen">End of its latest dated event, or null.</param>
public sealed record ActorSummary(Actor Actor, long Events, long Mentions, LocalDate? FirstSeen, LocalDate? LastSeen);
