namespace Timeline.Extraction.Time;

/// <summary>A span a rule proposes as a time expression; its meaning is computed once the spans are chosen, in text
/// order, so that anchored expressions ("am Tag darauf") see the dates before them.</summary>
internal sealed record TimexCandidate(int Begin, int End, Func<ResolutionContext, TimexMeaning?> Resolve, int Priority = 0)
{
    public int Length => End - Begin;

    /// <summary>The position of the proposing rule in its grammar (set by the grammar's scan): of two candidates with
    /// the same span and priority, the earlier rule wins.</summary>
    public int Rule { get; init; }

    /// <summary>The order in which the scan proposed it: the last tie-break, so that the choice never depends on the
    /// sort algorithm.</summary>
    public int Sequence { get; init; }
}
