using System.Collections.Immutable;

namespace Timeline.Core.Actors;

/// <summary>A canonical real-world actor: a person, country, organisation, location or group.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">The display name (<c>Antony Blinken</c>).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Aliases">Other names it was mentioned by, sorted ordinally, without <paramref name="Name"/>.</param>
public sealed record Actor(ActorId Id, string Name, ActorKind Kind, ImmutableArray<string> Aliases)
{
    public bool Equals(Actor? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind);
}
