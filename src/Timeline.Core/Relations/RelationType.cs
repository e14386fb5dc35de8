namespace Timeline.Core.Relations;

/// <summary>The kinds of relation between two actors.</summary>
public enum RelationType
{
    /// <summary>A person holds a role (title) for a country or organisation: Blinken HOLDS_ROLE "Außenminister" for the USA.</summary>
    HoldsRole,

    /// <summary>A country or organisation belongs to another: Germany MEMBER_OF NATO.</summary>
    MemberOf,

    /// <summary>An organisation is part of a country's government or another organisation: State Department PART_OF USA.</summary>
    PartOf,
}

/// <summary>Maps <see cref="RelationType"/> to and from its wire string (<c>HOLDS_ROLE</c>, ...).</summary>
public static class RelationTypeNames
{
    public static string ToWire(this RelationType type) => type switch
    {
        RelationType.HoldsRole => "HOLDS_ROLE",
        RelationType.MemberOf => "MEMBER_OF",
        RelationType.PartOf => "PART_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string? wire, out RelationType type)
    {
        foreach (var candidate in Enum.GetValues<RelationType>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
