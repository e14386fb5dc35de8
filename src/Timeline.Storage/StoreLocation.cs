namespace Timeline.Storage;

/// <summary>Which store a <c>--store</c> value names: a file path (the embedded SQLite store) or a Neo4j URI.</summary>
public sealed record StoreLocation
{
    private static readonly string[] BoltSchemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];
    private static readonly string[] HttpSchemes = ["http", "https"];

    private StoreLocation(StoreKind kind, string value, Uri? uri)
    {
        (Kind, Value, Uri) = (kind, value, uri);
    }

    public StoreKind Kind { get; }

    /// <summary>The path or URI as given.</summary>
    public string Value { get; }

    /// <summary>The URI of a Neo4j store, or null for a file.</summary>
    public Uri? Uri { get; }

    /// <summary>The location for messages: the path, or the URI without user info.</summary>
    public string DisplayName => Uri is null
        ? Value
        : new UriBuilder(Uri) { UserName = string.Empty, Password = string.Empty }.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>Parses a <c>--store</c> value.</summary>
    /// <exception cref="Timeline.Core.InputException">The value is empty or a URI with an unknown scheme.</exception>
    public static StoreLocation Parse(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new Timeline.Core.InputException("--store: the store location is empty");
        }

        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return new StoreLocation(StoreKind.Sqlite, value, null);
        }

        var scheme = value[..schemeEnd].ToLowerInvariant();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            throw new Timeline.Core.InputException($"--store: '{Redact(value)}' is not a valid URI");
        }

        if (BoltSchemes.Contains(scheme, StringComparer.Ordinal))
        {
            return new StoreLocation(StoreKind.Bolt, value, uri);
        }

        if (HttpSchemes.Contains(scheme, StringComparer.Ordinal))
        {
            return new StoreLocation(StoreKind.Http, value, uri);
        }

        throw new Timeline.Core.InputException(
            $"--store: unknown scheme '{scheme}'; expected a file path, bolt://, bolt+s://, neo4j://, neo4j+s://, http:// or https://");
    }

    private static string Redact(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        return at > schemeEnd && schemeEnd > 0 ? value[..(schemeEnd + 3)] + "***" + value[at..] : value;
    }
}
