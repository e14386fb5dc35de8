namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>Where and how to connect for a Bolt URI: <c>bolt://</c> and <c>neo4j://</c> plain TCP (a single server;
/// <c>neo4j://</c> without a cluster behaves like <c>bolt://</c>), <c>+s</c> TLS with certificate checks, <c>+ssc</c>
/// TLS accepting a self-signed certificate.</summary>
internal sealed record BoltEndpoint(string Host, int Port, bool Tls, bool TrustAnyCertificate)
{
    public const int DefaultPort = 7687;

    /// <exception cref="ArgumentException">Not a Bolt scheme.</exception>
    public static BoltEndpoint From(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var scheme = uri.Scheme.ToLowerInvariant();
        var (tls, any) = scheme switch
        {
            "bolt" or "neo4j" => (false, false),
            "bolt+s" or "neo4j+s" => (true, false),
            "bolt+ssc" or "neo4j+ssc" => (true, true),
            _ => throw new ArgumentException($"'{scheme}' is not a Bolt scheme", nameof(uri)),
        };
        return new BoltEndpoint(uri.Host, uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort : uri.Port, tls, any);
    }
}
