using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Timeline.Cli.Tests;

/// <summary>Parses JSON output as written: dates stay strings; a repeated property name keeps the last value, as most
/// JSON readers do (the contract's event time object has <c>end</c> twice).</summary>
internal static class Json
{
    private static readonly JsonLoadSettings Settings = new() { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace };

    public static JObject Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader, Settings);
    }

    public static JArray ParseArray(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JArray.Load(reader, Settings);
    }
}
