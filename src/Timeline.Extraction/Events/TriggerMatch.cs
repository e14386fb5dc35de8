using System.Collections.Immutable;

namespace Timeline.Extraction.Events;

/// <summary>A trigger found in a clause.</summary>
/// <param name="Entry">The lexicon entry.</param>
/// <param name="Head">Sentence token index of the first element (the reported trigger).</param>
/// <param name="Tokens">Sentence token indexes of all matched words, ascending.</param>
internal sealed record TriggerMatch(TriggerEntry Entry, int Head, ImmutableArray<int> Tokens)
{
    /// <summary>The last matched word (a separable verb's particle, a phrase's last word): the highest of
    /// <see cref="Tokens"/>, which ascend.</summary>
    public int Last => Tokens[^1];
}
