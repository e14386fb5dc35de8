namespace Timeline.Extraction.Time;

/// <summary>A span a rule proposes as a time expression; its meaning is computed once the spans are chosen, in text
/// order, so that anchored expressions ("am Tag darauf") see the dates before them.</summary>
internal sealed record TimexCandidate(int Begin, int End, Func<ResolutionContext, TimexMeaning?> Resolve, int Priority = 0)
{
    public int Length => End - Begin;
}
