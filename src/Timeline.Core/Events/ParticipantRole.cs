namespace Timeline.Core.Events;

/// <summary>The part an actor plays in an event.</summary>
public enum ParticipantRole
{
    /// <summary>Who acts: the caller, the accuser, the sender of aid.</summary>
    Source,

    /// <summary>Who is acted upon or addressed.</summary>
    Target,

    /// <summary>Involved without a direction (a third party at a meeting).</summary>
    Participant,

    /// <summary>Where it happened (a country or place).</summary>
    Location,
}
