namespace Timeline.Storage.Neo4j;

/// <summary>An actor's canonical form, folded from the documents that list it: name and kind from the listing document
/// with the smallest id (ordinal); aliases are every other name or alias any listing gave, sorted ordinally; the keys
/// (trimmed, lower-cased) of all names and of all aliases serve name lookups. Folding is order-independent, so
/// listings can be added one batch at a time.</summary>
internal sealed record ActorForm(string? Document, string? Name, string? Kind, List<string> Aliases, List<string> NameKeys, List<string> AliasKeys)
{
    /// <summary>No listing: the actor is to be deleted.</summary>
    public static ActorForm Empty { get; } = new(null, null, null, [], [], []);

    /// <summary>This form with one more listing.</summary>
    public ActorForm With(string document, string name, string kind, IReadOnlyCollection<string> aliases)
    {
        var wins = Document is null || string.CompareOrdinal(document, Document) < 0;
        var (canonical, canonicalKind, canonicalDocument) = wins ? (name, kind, document) : (Name!, Kind!, Document!);
        var names = new SortedSet<string>(Aliases, StringComparer.Ordinal) { name };
        names.UnionWith(aliases);
        if (Name is not null)
        {
            names.Add(Name);
        }

        names.Remove(canonical);
        return new ActorForm(
            canonicalDocument,
            canonical,
            canonicalKind,
            [.. names],
            Merge(NameKeys, [GraphValues.Key(name)]),
            Merge(AliasKeys, aliases.Select(GraphValues.Key)));
    }

    /// <summary>Whether storing <paramref name="other"/> would change nothing.</summary>
    public bool SameAs(ActorForm other) =>
        Document == other.Document && Name == other.Name && Kind == other.Kind && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && NameKeys.SequenceEqual(other.NameKeys, StringComparer.Ordinal) && AliasKeys.SequenceEqual(other.AliasKeys, StringComparer.Ordinal);

    private static List<string> Merge(List<string> keys, IEnumerable<string> more) =>
        [.. keys.Concat(more).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
