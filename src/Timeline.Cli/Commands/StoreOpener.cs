using Timeline.Storage;

namespace Timeline.Cli.Commands;

/// <summary>Opens the store a command names with <c>--store</c>, else <c>$TIMELINE_STORE</c>, else <c>./timeline.db</c>.
/// Neo4j credentials come only from <c>NEO4J_USERNAME</c>/<c>NEO4J_PASSWORD</c>.</summary>
internal static class StoreOpener
{
    public static Task<IGraphStore> OpenAsync(CliContext context, string? storeOption, CancellationToken cancellationToken)
    {
        var value = storeOption ?? context.GetEnvironmentVariable("TIMELINE_STORE");
        var location = StoreLocation.Parse(string.IsNullOrWhiteSpace(value) ? CommonOptions.DefaultStore : value);
        var options = new GraphStoreOptions
        {
            Username = context.GetEnvironmentVariable("NEO4J_USERNAME"),
            Password = context.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
        return GraphStoreFactory.OpenAsync(location, options, cancellationToken);
    }
}
