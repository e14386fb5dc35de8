namespace Timeline.Evaluation.SemEval;

/// <summary>The two TimeML relation types a timeline turns into.</summary>
internal enum RelationType
{
    Before,
    Simultaneous,
}
