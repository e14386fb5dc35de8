using Newtonsoft.Json.Linq;

namespace Timeline.Evaluation.Events;

/// <summary>An event annotation file (<c>timeline-event-gold/1</c>): ids, offsets, types, actor ids and dates only,
/// never article text.</summary>
internal sealed record EventAnnotations(IReadOnlyList<GoldDocument> Documents)
{
    public const string Schema = "timeline-event-gold/1";

    public static EventAnnotations Load(string path)
    {
        var json = JObject.Parse(File.ReadAllText(path));
        if ((string?)json["schema"] != Schema)
        {
            throw new FormatException($"{path}: schema must be '{Schema}'");
        }

        var documents = new List<GoldDocument>();
        foreach (var doc in (json["documents"] as JArray ?? []).OfType<JObject>())
        {
            var events = (doc["events"] as JArray ?? []).OfType<JObject>().Select(e => new GoldEvent(
                (int?)e["begin"] ?? 0,
                (int?)e["end"] ?? 0,
                (string?)e["type"] ?? throw new FormatException($"{path}: event without type"),
                Alternatives((string?)e["source"]),
                Alternatives((string?)e["target"]),
                (string?)e["date"])).ToList();
            var sentences = (doc["eventSentences"] as JArray ?? []).Select(t => (int)t).ToList();
            documents.Add(new GoldDocument(
                (string?)doc["dataset"] ?? throw new FormatException($"{path}: document without dataset"),
                (string?)doc["id"] ?? throw new FormatException($"{path}: document without id"),
                sentences,
                events));
        }

        return new EventAnnotations(documents);
    }

    /// <summary>All annotation files of a directory, or one file.</summary>
    public static EventAnnotations LoadAll(string path)
    {
        var files = File.Exists(path)
            ? [path]
            : System.IO.Directory.GetFiles(path, "*.events.json").Where(f => !f.EndsWith("seed.events.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        return new EventAnnotations([.. files.SelectMany(f => Load(f).Documents)]);
    }

    private static List<string> Alternatives(string? value) =>
        value is null ? [] : [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
