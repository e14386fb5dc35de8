namespace Timeline.Core.Events;

/// <summary>The stable id of an event: <c>ev-</c> and 16 hex digits of a SHA-256 over its identity
/// (see <see cref="EventIdentity"/>), so the same event read from two articles gets the same id.</summary>
public readonly record struct EventId(string Value)
{
    public override string ToString() => Value;
}
