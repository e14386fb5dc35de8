namespace Timeline.Core.Events;

/// <summary>The PLOVER-style event types of the contract, plus <see cref="Statement"/> and, for the broad coverage only,
/// <see cref="Occurrence"/>.</summary>
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

    /// <summary>An event outside the PLOVER vocabulary (TimeML's class name: a market move, production, a result, a
    /// personnel change); only the broad event coverage emits it, the default coverage never does.</summary>
    Occurrence,
}
