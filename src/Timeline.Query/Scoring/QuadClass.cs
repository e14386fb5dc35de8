namespace Timeline.Query.Scoring;

/// <summary>The GDELT/CAMEO quad classes an event type falls into, plus neutral statements.</summary>
public enum QuadClass
{
    /// <summary>Neither cooperation nor conflict (a plain statement).</summary>
    Neutral,

    /// <summary>Talk that seeks or expresses cooperation: consultations, agreements, support, appeals.</summary>
    VerbalCooperation,

    /// <summary>Cooperative acts: aid, joint action, concessions, withdrawals.</summary>
    MaterialCooperation,

    /// <summary>Hostile talk: accusations, rejections, threats, protests.</summary>
    VerbalConflict,

    /// <summary>Hostile acts: sanctions, mobilisation, coercion, assault.</summary>
    MaterialConflict,
}
