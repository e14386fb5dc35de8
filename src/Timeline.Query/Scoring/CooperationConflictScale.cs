using Timeline.Core.Events;

namespace Timeline.Query.Scoring;

/// <summary>The cooperation–conflict scale: a Goldstein-style weight from -10 (most hostile) to +10 (most
/// cooperative) per event type, taken from the Goldstein (1992) values of the matching CAMEO root codes, and a
/// factor per modality (an event that is only planned or reported counts less, a negated one not at all).
/// docs/queries.md lists the table.</summary>
public static class CooperationConflictScale
{
    /// <summary>The quad class of a type.</summary>
    public static QuadClass ClassOf(EventType type) => type switch
    {
        EventType.Statement or EventType.Occurrence => QuadClass.Neutral,
        EventType.Consult or EventType.Agree or EventType.Support or EventType.Request => QuadClass.VerbalCooperation,
        EventType.Concede or EventType.Cooperate or EventType.Aid or EventType.Retreat => QuadClass.MaterialCooperation,
        EventType.Accuse or EventType.Reject or EventType.Threaten or EventType.Protest => QuadClass.VerbalConflict,
        EventType.Sanction or EventType.Mobilize or EventType.Coerce or EventType.Assault => QuadClass.MaterialConflict,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The Goldstein-style weight of a type, -10..+10.</summary>
    public static double WeightOf(EventType type) => type switch
    {
        EventType.Statement or EventType.Occurrence => 0.0,
        EventType.Consult => 1.0,
        EventType.Request => 3.0,
        EventType.Support => 3.5,
        EventType.Agree => 4.0,
        EventType.Concede => 5.0,
        EventType.Retreat => 5.0,
        EventType.Cooperate => 6.0,
        EventType.Aid => 7.0,
        EventType.Accuse => -2.0,
        EventType.Reject => -4.0,
        EventType.Sanction => -4.0,
        EventType.Threaten => -6.0,
        EventType.Protest => -6.5,
        EventType.Coerce => -7.0,
        EventType.Mobilize => -7.2,
        EventType.Assault => -9.0,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>How much an event of a modality counts, 0..1.</summary>
    public static double FactorOf(Modality modality) => modality switch
    {
        Modality.Asserted => 1.0,
        Modality.Reported => 1.0,
        Modality.Planned => 0.5,
        Modality.Postponed => 0.25,
        Modality.Hypothetical => 0.25,
        Modality.Negated => 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, null),
    };

    /// <summary>The weighted score of one event: <see cref="WeightOf"/> times <see cref="FactorOf"/>.</summary>
    public static double ScoreOf(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return WeightOf(@event.Type) * FactorOf(@event.Modality);
    }
}
