using Timeline.Core.Time;

namespace Timeline.Extraction.Time;

/// <summary>The normalised meaning of one time expression, before it is tied to its place in the text.</summary>
internal sealed record TimexMeaning(TimexType Type, string Value, EventTime? Interval, string? Mod = null)
{
    public TimexMeaning WithMod(string? mod) => mod is null ? this : this with { Mod = mod };
}
