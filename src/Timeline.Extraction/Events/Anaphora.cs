using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Events;

/// <summary>Antecedents for a pronoun subject: the last source of an event in the preceding sentences, and the last
/// person among them ("er", "ich", "he"), and the last country source named without an article (German "es":
/// "Nordkorea ... Es warf Südkorea vor"; "die USA" is no "es"); <paramref name="Countries"/>: the country mentions of the
/// preceding sentences and this one, in text order (for "the two countries").</summary>
internal sealed record Anaphora(ActorId? Any, ActorId? Person, ActorId? Neuter = null, ImmutableArray<Mention> Countries = default);
