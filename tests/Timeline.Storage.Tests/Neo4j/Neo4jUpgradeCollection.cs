namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Tests that must not run while other tests initialise stores on the same server.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jUpgradeCollection
{
    public const string Name = "Neo4j upgrade";
}
