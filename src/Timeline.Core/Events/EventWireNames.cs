namespace Timeline.Core.Events;

/// <summary>Maps the event enums to and from their wire strings in the extraction JSON, the stores and the exports.</summary>
public static class EventWireNames
{
    public static string ToWire(this EventType type) => type switch
    {
        EventType.Statement => "STATEMENT",
        EventType.Consult => "CONSULT",
        EventType.Agree => "AGREE",
        EventType.Support => "SUPPORT",
        EventType.Concede => "CONCEDE",
        EventType.Cooperate => "COOPERATE",
        EventType.Aid => "AID",
        EventType.Retreat => "RETREAT",
        EventType.Request => "REQUEST",
        EventType.Accuse => "ACCUSE",
        EventType.Reject => "REJECT",
        EventType.Threaten => "THREATEN",
        EventType.Protest => "PROTEST",
        EventType.Sanction => "SANCTION",
        EventType.Mobilize => "MOBILIZE",
        EventType.Coerce => "COERCE",
        EventType.Assault => "ASSAULT",
        EventType.Occurrence => "OCCURRENCE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string ToWire(this Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Planned => "planned",
        Modality.Negated => "negated",
        Modality.Postponed => "postponed",
        Modality.Reported => "reported",
        Modality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, null),
    };

    public static string ToWire(this ParticipantRole role) => role switch
    {
        ParticipantRole.Source => "source",
        ParticipantRole.Target => "target",
        ParticipantRole.Participant => "participant",
        ParticipantRole.Location => "location",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParseEventType(string? wire, out EventType type) => TryParse(wire, ToWire, StringComparison.OrdinalIgnoreCase, out type);

    public static bool TryParseModality(string? wire, out Modality modality) => TryParse(wire, ToWire, StringComparison.OrdinalIgnoreCase, out modality);

    public static bool TryParseRole(string? wire, out ParticipantRole role) => TryParse(wire, ToWire, StringComparison.OrdinalIgnoreCase, out role);

    private static bool TryParse<T>(string? wire, Func<T, string> toWire, StringComparison comparison, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(toWire(candidate), wire?.Trim(), comparison))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
