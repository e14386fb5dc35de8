using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Timeline.Cli.Tests;

/// <summary>Parses JSON output as written: dates stay strings.</summary>
internal static class Json
{
    public static JObject Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    public static JArray ParseArray(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JArray.Load(reader);
    }
}
