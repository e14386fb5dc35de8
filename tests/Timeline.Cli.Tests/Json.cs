using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Timeline.Cli.Tests;

/// <summary>Parses JSON output as written: dates stay strings, and a repeated property name is an error.</summary>
internal static class Json
{
    private static readonly JsonLoadSettings Settings = new() { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };

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
