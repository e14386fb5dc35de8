namespace Timeline.Core.Actors;

/// <summary>The stable id of an actor: a lowercase ASCII slug such as <c>antony-blinken</c> or <c>usa</c>,
/// the same in every article and every store.</summary>
public readonly record struct ActorId(string Value)
{
    public override string ToString() => Value;
}
