using NodaTime;
using Timeline.Core.Actors;

namespace Timeline.Query.Exploration;

/// <summary>One hop of a path between actors.</summary>
/// <param name="From">The actor the hop starts at.</param>
/// <param name="FromName">Its name.</param>
/// <param name="To">The actor the hop ends at.</param>
/// <param name="ToName">Its name.</param>
/// <param name="Via">What connects them: <c>event</c> or a relation type (<c>HOLDS_ROLE</c>).</param>
/// <param name="Evidence">The first shared event's id or the relation's title/type.</param>
/// <param name="Date">The first shared event's start or the relation's date, or null.</param>
/// <param name="SharedEvents">How many events they share in the window.</param>
public sealed record PathStep(
    ActorId From, string FromName, ActorId To, string ToName, string Via, string Evidence, LocalDate? Date, int SharedEvents);
