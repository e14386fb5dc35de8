using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Timeline.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Extraction.Actors;

/// <summary>Reads an actor dictionary file (YAML, or JSON when it starts with <c>[</c> or <c>{</c> or is named
/// <c>*.json</c>) into <see cref="DictionaryNode"/>s that keep their line numbers for error messages.</summary>
internal static class DictionaryFileReader
{
    public static DictionaryNode Read(string name, string content)
    {
        var trimmed = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var json = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith('{');
        return json ? ReadJson(name, content) : ReadYaml(name, content);
    }

    private static DictionaryNode ReadYaml(string name, string content)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(content);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InputException(Invariant($"{name}:{e.Start.Line}: {OneLine(e.Message)}"), e);
        }

        if (stream.Documents.Count == 0)
        {
            return new DictionarySequence(1, []);
        }

        return Convert(stream.Documents[0].RootNode);
    }

    private static DictionaryNode Convert(YamlNode node)
    {
        var line = (int)Math.Min(node.Start.Line, int.MaxValue);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new DictionaryScalar(line, scalar.Value ?? string.Empty);
            case YamlSequenceNode sequence:
                return new DictionarySequence(line, [.. sequence.Children.Select(Convert)]);
            case YamlMappingNode mapping:
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<DictionaryScalar, DictionaryNode>>();
                foreach (var (key, value) in mapping.Children)
                {
                    var keyNode = Convert(key) as DictionaryScalar ?? new DictionaryScalar(line, string.Empty);
                    entries.Add(new(keyNode, Convert(value)));
                }

                return new DictionaryMapping(line, entries.ToImmutable());
            default:
                return new DictionaryScalar(line, string.Empty);
        }
    }

    private static DictionaryNode ReadJson(string name, string content)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(content)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            return Convert(token);
        }
        catch (JsonReaderException e)
        {
            throw new InputException(Invariant($"{name}:{Math.Max(1, e.LineNumber)}: {OneLine(e.Message)}"), e);
        }
    }

    private static DictionaryNode Convert(JToken token)
    {
        var line = ((IJsonLineInfo)token).HasLineInfo() ? ((IJsonLineInfo)token).LineNumber : 1;
        switch (token)
        {
            case JArray array:
                return new DictionarySequence(line, [.. array.Select(Convert)]);
            case JObject obj:
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<DictionaryScalar, DictionaryNode>>();
                foreach (var property in obj.Properties())
                {
                    var propertyLine = ((IJsonLineInfo)property).HasLineInfo() ? ((IJsonLineInfo)property).LineNumber : line;
                    entries.Add(new(new DictionaryScalar(propertyLine, property.Name), Convert(property.Value)));
                }

                return new DictionaryMapping(line, entries.ToImmutable());
            case JValue value:
                return new DictionaryScalar(line, value.Value is IFormattable f
                    ? f.ToString(null, CultureInfo.InvariantCulture)
                    : value.Value?.ToString() ?? string.Empty);
            default:
                return new DictionaryScalar(line, string.Empty);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
