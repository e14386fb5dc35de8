using Timeline.Core.Documents;

namespace Timeline.Core.Time;

/// <summary>A time expression found in a text and normalised to TIMEX3.</summary>
/// <param name="Span">Where it stands in the document text.</param>
/// <param name="Text">The covered text, equal to <c>Span.Of(document.Text)</c>.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value: <c>2022-02-01</c>, <c>2022-W04-WE</c>, <c>P3Y</c>, <c>PAST_REF</c>, <c>XXXX-XX-XX</c>, ...</param>
/// <param name="Interval">The calendar interval it denotes, or null for durations, sets and vague references.</param>
/// <param name="Mod">The TIMEX3 <c>mod</c> attribute (<c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>, ...), or null.</param>
public sealed record Timex(TextSpan Span, string Text, TimexType Type, string Value, EventTime? Interval, string? Mod = null);
