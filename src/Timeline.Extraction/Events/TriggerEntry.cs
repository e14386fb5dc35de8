using System.Collections.Immutable;
using Timeline.Core.Events;

namespace Timeline.Extraction.Events;

/// <summary>A line of a trigger lexicon: the pattern, the event type and mode it signals, and its argument frame.</summary>
/// <param name="Index">Position in the lexicon; earlier entries win ties.</param>
/// <param name="Pattern">The pattern as written in the lexicon file.</param>
/// <param name="Elements">All parts that must occur in one clause; the first is the reported trigger.</param>
/// <param name="Type">The event type.</param>
/// <param name="Mode">The refinement (<c>phone</c>, <c>troops</c>), or null.</param>
/// <param name="Frame">Where source and target stand.</param>
/// <param name="TargetPrepositions">Prepositions that introduce the target.</param>
internal sealed record TriggerEntry(
    int Index,
    string Pattern,
    ImmutableArray<TriggerElement> Elements,
    EventType Type,
    string? Mode,
    TriggerFrame Frame,
    ImmutableArray<string> TargetPrepositions);
