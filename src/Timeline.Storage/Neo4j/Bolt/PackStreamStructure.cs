namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>A PackStream structure: a tag byte and its fields. Bolt messages and graph types (Node, Date, ...) are
/// structures.</summary>
/// <param name="Tag">The signature byte.</param>
/// <param name="Fields">The fields, at most 15.</param>
internal sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields);
