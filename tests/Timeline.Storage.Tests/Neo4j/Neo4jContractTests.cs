using System.Reflection;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>Runs every test of <see cref="GraphStoreContractTests"/> against a real Neo4j, over HTTP and over Bolt;
/// skipped (not passed) when no server is configured.</summary>
public sealed class Neo4jContractTests
{
    /// <summary>Every contract test: its method name and, for a theory, the index of its data row.</summary>
    public static TheoryData<string, int> ContractTests()
    {
        var data = new TheoryData<string, int>();
        foreach (var method in ContractMethods())
        {
            var rows = method.GetCustomAttributes<InlineDataAttribute>().Count();
            if (rows == 0)
            {
                data.Add(method.Name, -1);
            }

            for (var row = 0; row < rows; row++)
            {
                data.Add(method.Name, row);
            }
        }

        return data;
    }

    [SkippableFact]
    public void The_runner_finds_every_contract_test()
    {
        Assert.True(ContractMethods().Count() >= 20);
        Assert.Contains(ContractTests(), row => (string)row[0] == "Hostile_strings_are_stored_and_read_back_verbatim");
    }

    [SkippableTheory]
    [MemberData(nameof(ContractTests))]
    public Task Contract_holds_over_http(string test, int row) => RunAsync(StoreKind.Http, test, row);

    [SkippableTheory]
    [MemberData(nameof(ContractTests))]
    public Task Contract_holds_over_bolt(string test, int row) => RunAsync(StoreKind.Bolt, test, row);

    private static IEnumerable<MethodInfo> ContractMethods() =>
        typeof(GraphStoreContractTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .OrderBy(m => m.Name, StringComparer.Ordinal);

    private static async Task RunAsync(StoreKind kind, string test, int row)
    {
        Neo4jTestServer.Require(kind);
        var method = typeof(GraphStoreContractTests).GetMethod(test) ?? throw new InvalidOperationException($"no contract test {test}");
        var arguments = row < 0 ? [] : method.GetCustomAttributes<InlineDataAttribute>().ElementAt(row).GetData(method).Single();
        var contract = new Neo4jContract(kind);
        await contract.InitializeAsync();
        try
        {
            await (Task)method.Invoke(contract, arguments)!;
        }
        finally
        {
            await contract.DisposeAsync();
        }
    }
}
