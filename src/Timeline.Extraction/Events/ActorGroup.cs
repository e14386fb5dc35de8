using System.Collections.Immutable;
using Timeline.Core.Actors;

namespace Timeline.Extraction.Events;

/// <summary>Adjacent actor mentions read as one noun phrase ("Russlands Außenminister Sergej Lawrow"), with the actor it
/// names (its head) and what governs it.</summary>
/// <param name="First">Sentence token index of its first token.</param>
/// <param name="Last">Sentence token index of its last token.</param>
/// <param name="Head">The actor the phrase names: its last person, else its last mention.</param>
/// <param name="HeadKind">The kind of that actor.</param>
/// <param name="Governor">What it hangs on.</param>
/// <param name="Preposition">The governing preposition (lower case), or null.</param>
/// <param name="GenitiveOf">For a genitive, the token index of the noun it belongs to; else -1.</param>
/// <param name="CoordinatedWith">Index of the group it is coordinated with by "und"/"and" (it shares its governor), or -1.</param>
/// <param name="Mentions">The mentions it consists of.</param>
/// <param name="PrepositionToken">Token index of the governing preposition, or -1.</param>
internal sealed record ActorGroup(
    int First,
    int Last,
    ActorId Head,
    ActorKind HeadKind,
    GroupGovernor Governor,
    string? Preposition,
    int GenitiveOf,
    int CoordinatedWith,
    ImmutableArray<Mention> Mentions,
    int PrepositionToken = -1);
