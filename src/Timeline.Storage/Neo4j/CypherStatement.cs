namespace Timeline.Storage.Neo4j;

/// <summary>One Cypher statement with its parameters. Every value from an article or a user travels as a parameter;
/// <see cref="Text"/> always comes from a file in <c>cypher/</c>.</summary>
/// <param name="Text">The query text.</param>
/// <param name="Parameters">Values: null, bool, long/int, double, string, lists and string-keyed maps of these.</param>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters);
