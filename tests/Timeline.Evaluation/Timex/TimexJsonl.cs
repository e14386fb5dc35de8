using NodaTime.Text;
using Newtonsoft.Json.Linq;
using Timeline.Core.Documents;

namespace Timeline.Evaluation.Timex;

/// <summary>Reads temporal JSON Lines: gold files (with text) and system files (id + timexes only).</summary>
internal static class TimexJsonl
{
    public static List<GoldDocument> ReadGold(string path)
    {
        var documents = new List<GoldDocument>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var json = JObject.Parse(line);
            var id = (string?)json["id"] ?? throw new FormatException($"{path}:{number}: no id");
            var language = LanguageCodes.TryParse((string?)json["lang"], out var parsed) ? parsed : Language.English;
            var dct = (string?)json["dct"];
            var published = dct is not null && LocalDatePattern.Iso.Parse(dct[..Math.Min(10, dct.Length)]) is { Success: true } result
                ? result.Value
                : (NodaTime.LocalDate?)null;
            documents.Add(new GoldDocument(id, language, published, (string?)json["text"] ?? string.Empty, ReadTimexes(json)));
        }

        return documents;
    }

    public static Dictionary<string, IReadOnlyList<GoldTimex>> ReadSystem(string path)
    {
        var byId = new Dictionary<string, IReadOnlyList<GoldTimex>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var json = JObject.Parse(line);
            byId[(string?)json["id"] ?? string.Empty] = ReadTimexes(json);
        }

        return byId;
    }

    private static List<GoldTimex> ReadTimexes(JObject json) =>
        (json["timexes"] as JArray ?? [])
            .OfType<JObject>()
            .Select(t => new GoldTimex(
                (int?)t["begin"] ?? 0,
                (int?)t["end"] ?? 0,
                (string?)t["text"] ?? string.Empty,
                ((string?)t["type"] ?? string.Empty).Trim().ToUpperInvariant(),
                ((string?)t["value"] ?? string.Empty).Trim()))
            .OrderBy(t => t.Begin)
            .ToList();
}
