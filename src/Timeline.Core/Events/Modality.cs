namespace Timeline.Core.Events;

/// <summary>How the text presents an event.</summary>
public enum Modality
{
    /// <summary>Stated as having happened or happening.</summary>
    Asserted,

    /// <summary>Intended or scheduled ("wollen telefonieren", "will meet").</summary>
    Planned,

    /// <summary>Stated as not happening ("keinen Krieg beginnen").</summary>
    Negated,

    /// <summary>Put off ("aufgeschoben", "postponed").</summary>
    Postponed,

    /// <summary>Attributed to a source in reported speech (German Konjunktiv, "according to").</summary>
    Reported,

    /// <summary>Conditional or possible ("könnte", "would").</summary>
    Hypothetical,
}
