using System.Collections.Immutable;

namespace Timeline.Evaluation.SemEval;

/// <summary>One line of a TimeLine file: its position, its time anchor and the coreferent event mentions on it.</summary>
/// <param name="Order">The position on the timeline (0 for events that cannot be anchored); equal orders are simultaneous.</param>
/// <param name="Date">The anchor: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or <c>XXXX-XX-XX</c>.</param>
/// <param name="Mentions">The mentions, each <c>doc-sentence-word</c>.</param>
internal sealed record TimelineRow(int Order, string Date, ImmutableArray<string> Mentions);
