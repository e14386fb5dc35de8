using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Core.Extraction;

/// <summary>Everything extracted from one article: the unit that a store writes in one transaction.</summary>
/// <param name="Document">The article and its text.</param>
/// <param name="Timexes">Time expressions in text order.</param>
/// <param name="Mentions">Actor mentions in text order.</param>
/// <param name="Actors">The actors mentioned, by id.</param>
/// <param name="Relations">Relations read from this article.</param>
/// <param name="Events">Events read from this article (de-duplicated within it), by first mention.</param>
public sealed record DocumentExtraction(
    Document Document,
    ImmutableArray<Timex> Timexes,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Event> Events);
