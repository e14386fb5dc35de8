using NodaTime;

namespace Timeline.Query.Scoring;

/// <summary>The cooperation–conflict balance of a dyad in one period.</summary>
/// <param name="Label">The period (<c>2024-03</c>).</param>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period.</param>
/// <param name="Events">Events of the dyad in the period.</param>
/// <param name="VerbalCooperation">Count of verbal cooperation events.</param>
/// <param name="MaterialCooperation">Count of material cooperation events.</param>
/// <param name="VerbalConflict">Count of verbal conflict events.</param>
/// <param name="MaterialConflict">Count of material conflict events.</param>
/// <param name="Score">Sum of the events' weighted scores.</param>
/// <param name="MeanScore">Score divided by the events that count (modality factor above 0), or 0; -10..+10.</param>
public sealed record DyadScorePoint(
    string Label,
    LocalDate Start,
    LocalDate End,
    int Events,
    int VerbalCooperation,
    int MaterialCooperation,
    int VerbalConflict,
    int MaterialConflict,
    double Score,
    double MeanScore);
