using System.Collections.Concurrent;
using System.Reflection;

namespace Timeline.Storage.Neo4j;

/// <summary>The Cypher text of the store, read from the <c>cypher/</c> files embedded in this assembly (the single
/// source of truth: no query text lives in C#).</summary>
internal static class CypherQueries
{
    private static readonly Assembly Assembly = typeof(CypherQueries).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>One statement, e.g. <c>read/find_events</c>, without its full-line <c>//</c> comments.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static n => string.Join('\n', Lines(n)));

    /// <summary>A file of one statement per line (the schema files), without comments and blank lines.</summary>
    public static IReadOnlyList<string> StatementsPerLine(string name) => Lines(name).ToArray();

    private static IEnumerable<string> Lines(string name)
    {
        var resource = "Timeline.Storage.Cypher." + name.Replace('/', '.') + ".cypher";
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Cypher file '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                lines.Add(line.TrimEnd());
            }
        }

        return lines;
    }
}
