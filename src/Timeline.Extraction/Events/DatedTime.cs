using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Extraction.Events;

/// <summary>The time an event mention was dated with and how it was found.</summary>
/// <param name="Time">The interval, or null when the text gives no clue.</param>
/// <param name="Evidence">The time expression it came from, or null when inferred.</param>
/// <param name="Inferred">Whether it is a default (tense) range rather than read from a time expression.</param>
internal sealed record DatedTime(EventTime? Time, TimeEvidence? Evidence, bool Inferred);
