using System.Collections.Immutable;

namespace Timeline.Extraction.Events;

/// <summary>One required part of a trigger pattern: alternative word forms, or a separable verb.</summary>
/// <param name="Forms">Lower-case forms; a trailing <c>*</c> marks a prefix, a leading <c>*</c> a compound part, <c>_</c> joins adjacent words.</param>
/// <param name="Particle">The separable particle (<c>auf</c> of "rief ... auf"), or null.</param>
internal sealed record TriggerElement(ImmutableArray<string> Forms, string? Particle);
