namespace Timeline.Storage.Neo4j;

/// <summary>The records one statement returned: integers as <see cref="long"/>, floats as <see cref="double"/>, lists
/// as <see cref="List{T}"/> and maps as <see cref="Dictionary{TKey, TValue}"/>, whatever the transport.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static CypherResult Empty { get; } = new([], []);

    /// <summary>The position of a column.</summary>
    /// <exception cref="InvalidDataException">The statement returned no such column.</exception>
    public int Column(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidDataException($"the result has no column '{name}'");
    }
}
