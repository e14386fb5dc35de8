using Timeline.Core.Actors;

namespace Timeline.Extraction.Events;

/// <summary>Antecedents for a pronoun subject: the last source of an event in the preceding sentences, and the last
/// person among them ("er", "ich", "he").</summary>
internal readonly record struct Anaphora(ActorId? Any, ActorId? Person);
