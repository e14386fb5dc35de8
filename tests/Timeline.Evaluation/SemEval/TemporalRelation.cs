namespace Timeline.Evaluation.SemEval;

/// <summary>A TimeML temporal link between two nodes (event mentions or TIMEX3 anchors) as the TimeLine scorer builds
/// them: <see cref="RelationType.Before"/> or <see cref="RelationType.Simultaneous"/>.</summary>
internal sealed record TemporalRelation(string From, string To, RelationType Type);
