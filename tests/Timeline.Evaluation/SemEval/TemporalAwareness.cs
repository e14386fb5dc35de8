namespace Timeline.Evaluation.SemEval;

/// <summary>Temporal awareness (UzZaman and Allen 2011), the TimeLine task's score: precision = |Sys⁻ ∩ Gold⁺| / |Sys⁻|,
/// recall = |Gold⁻ ∩ Sys⁺| / |Gold⁻|, where ⁻ is the reduced graph and ⁺ the closure; counts are summed over all
/// timelines of a corpus before dividing (the task's micro average), as TempEval-3's <c>temporal_evaluation.py</c> does.</summary>
internal static class TemporalAwareness
{
    /// <summary>The counts for one timeline pair; a missing system timeline is an empty one.</summary>
    public static AwarenessCounts Score(EntityTimeline gold, EntityTimeline? system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var goldGraph = TemporalGraph.Build(TimelineGraph.Relations(gold));
        var systemGraph = TemporalGraph.Build(system is null ? [] : TimelineGraph.Relations(system));
        var precisionMatched = systemGraph.Reduced.Count(goldGraph.Matches);
        var recallMatched = goldGraph.Reduced.Count(systemGraph.Matches);
        return new AwarenessCounts(precisionMatched, systemGraph.Reduced.Count, recallMatched, goldGraph.Reduced.Count);
    }
}
