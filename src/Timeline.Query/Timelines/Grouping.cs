namespace Timeline.Query.Timelines;

/// <summary>How timeline rows are bucketed into periods.</summary>
public enum Grouping
{
    /// <summary>No periods.</summary>
    None,

    /// <summary>Calendar days.</summary>
    Day,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,
}
