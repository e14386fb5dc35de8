using System.Text;
using System.Text.Json;

namespace Timeline.Storage.Tests.Neo4j;

/// <summary>The operators of an <c>EXPLAIN</c> answer of the HTTP API, root first, each with the text of its string
/// properties (index names, labels) for assertions.</summary>
internal static class PlanOperators
{
    public static List<(string Operator, string Detail)> Of(JsonDocument answer)
    {
        var operators = new List<(string Operator, string Detail)>();
        Walk(answer.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"), operators);
        return operators;
    }

    private static void Walk(JsonElement node, List<(string Operator, string Detail)> operators)
    {
        var detail = new StringBuilder();
        foreach (var property in node.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
        {
            detail.Append(property.Value.GetString()).Append(' ');
        }

        operators.Add((node.GetProperty("operatorType").GetString()!, detail.ToString()));
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, operators);
            }
        }
    }
}
