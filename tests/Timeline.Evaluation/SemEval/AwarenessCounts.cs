namespace Timeline.Evaluation.SemEval;

/// <summary>The counts temporal awareness is computed from, summed over timelines (micro average).</summary>
/// <param name="PrecisionMatched">System reduced-graph relations entailed by the gold closure.</param>
/// <param name="SystemTotal">System reduced-graph relations.</param>
/// <param name="RecallMatched">Gold reduced-graph relations entailed by the system closure.</param>
/// <param name="GoldTotal">Gold reduced-graph relations.</param>
internal sealed record AwarenessCounts(int PrecisionMatched, int SystemTotal, int RecallMatched, int GoldTotal)
{
    public static AwarenessCounts Zero { get; } = new(0, 0, 0, 0);

    public double Precision => SystemTotal == 0 ? 0 : (double)PrecisionMatched / SystemTotal;

    public double Recall => GoldTotal == 0 ? 0 : (double)RecallMatched / GoldTotal;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public AwarenessCounts Add(AwarenessCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(PrecisionMatched + other.PrecisionMatched, SystemTotal + other.SystemTotal, RecallMatched + other.RecallMatched, GoldTotal + other.GoldTotal);
    }
}
