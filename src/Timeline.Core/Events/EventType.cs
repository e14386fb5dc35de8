namespace Timeline.Core.Events;

/// <summary>The PLOVER-style event types of the contract, plus <see cref="Statement"/>.</summary>
public enum EventType
{
    Statement,
    Consult,
    Agree,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}
