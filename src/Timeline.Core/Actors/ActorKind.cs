namespace Timeline.Core.Actors;

/// <summary>What sort of actor something is.</summary>
public enum ActorKind
{
    Person,
    Country,
    Organization,
    Location,
    Group,
}

/// <summary>Maps <see cref="ActorKind"/> to and from its wire string (<c>person</c>, <c>country</c>, ...).</summary>
public static class ActorKindNames
{
    public static string ToWire(this ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Country => "country",
        ActorKind.Organization => "organization",
        ActorKind.Location => "location",
        ActorKind.Group => "group",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? wire, out ActorKind kind)
    {
        foreach (var candidate in Enum.GetValues<ActorKind>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
