using System.Collections;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Timeline.Storage.Neo4j.Http;

/// <summary>Converts parameters to JSON and JSON results back to the transport-neutral values of
/// <see cref="CypherResult"/>. Strings stay strings (no date sniffing).</summary>
internal static class JsonValues
{
    public static JsonSerializerSettings ReadSettings { get; } = new()
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        MaxDepth = 64,
    };

    public static void Write(JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case string text:
                writer.WriteValue(text);
                break;
            case bool flag:
                writer.WriteValue(flag);
                break;
            case long or int or short or byte:
                writer.WriteValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                // "R" keeps every bit; a whole number still carries ".0" so the server reads a float.
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                var textual = number.ToString("R", CultureInfo.InvariantCulture);
                writer.WriteRawValue(textual.Contains('.', StringComparison.Ordinal) || textual.Contains('E', StringComparison.Ordinal) ? textual : textual + ".0");
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot send a value of type {value.GetType().Name} to Neo4j", nameof(value));
        }
    }

    public static object? ToValue(JToken? token) => token?.Type switch
    {
        null or JTokenType.Null or JTokenType.Undefined => null,
        JTokenType.Integer => token.Value<long>(),
        JTokenType.Float => token.Value<double>(),
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.String => token.Value<string>(),
        JTokenType.Array => token.Select(ToValue).ToList(),
        JTokenType.Object => ((JObject)token).Properties().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        _ => token.ToString(Formatting.None),
    };
}
