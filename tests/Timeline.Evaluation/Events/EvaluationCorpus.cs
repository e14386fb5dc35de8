using NodaTime;
using NodaTime.Text;
using Newtonsoft.Json.Linq;
using Timeline.Core.Documents;

namespace Timeline.Evaluation.Events;

/// <summary>Reads articles of the evaluation datasets in ../shared/eval-data (and the seed) as <see cref="Document"/>s.</summary>
internal static class EvaluationCorpus
{
    /// <summary>Dataset names as used in the annotation files, and their JSON Lines paths under eval-data.</summary>
    private static readonly Dictionary<string, string> Datasets = new(StringComparer.Ordinal)
    {
        ["news_de_10kgnad"] = "news_de_10kgnad/news_de_10kgnad.test.jsonl",
        ["news_en_bbc"] = "news_en_bbc/news_en_bbc.jsonl",
        ["semeval2015/trial"] = "semeval2015_task4_timeline/articles/trial.jsonl",
        ["semeval2015/corpus_1"] = "semeval2015_task4_timeline/articles/corpus_1.jsonl",
        ["semeval2015/corpus_2"] = "semeval2015_task4_timeline/articles/corpus_2.jsonl",
        ["semeval2015/corpus_3"] = "semeval2015_task4_timeline/articles/corpus_3.jsonl",
        ["krauts/dev"] = "krauts/dev.jsonl",
        ["tempeval3/timebank"] = "tempeval3/timebank.jsonl",
        ["tempeval3/aquaint"] = "tempeval3/aquaint.jsonl",
        ["meantime_en"] = "meantime_en/meantime_en.temporal.jsonl",
    };

    public const string SeedDataset = "seed";

    private const string SeedFile = "seed/000_a1041212b9023456.txt";

    /// <summary>Loads the given article ids of a dataset.</summary>
    public static Dictionary<string, Document> Load(string dataset, IReadOnlySet<string> ids)
    {
        var shared = SharedData.Directory();
        var result = new Dictionary<string, Document>(StringComparer.Ordinal);
        if (dataset == SeedDataset)
        {
            var seed = Seed();
            result[seed.Id.Value] = seed;
            return result;
        }

        if (!Datasets.TryGetValue(dataset, out var relative))
        {
            throw new ArgumentException($"unknown dataset '{dataset}'", nameof(dataset));
        }

        foreach (var line in File.ReadLines(Path.Combine(shared, "eval-data", relative)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var json = JObject.Parse(line);
            var id = (string?)json["id"] ?? string.Empty;
            if (!ids.Contains(id))
            {
                continue;
            }

            result[id] = FromJson(json, dataset);
        }

        return result;
    }

    /// <summary>The JSON Lines file of a dataset.</summary>
    public static string FileOf(string dataset) => Path.Combine(SharedData.Directory(), "eval-data", Datasets[dataset]);

    /// <summary>All articles of a dataset (for throughput and robustness runs).</summary>
    public static IEnumerable<Document> All(string dataset)
    {
        var path = FileOf(dataset);
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            yield return FromJson(JObject.Parse(line), dataset);
        }
    }

    /// <summary>The founding seed article: title on the first line, "Stand: dd.MM.yyyy HH:mm Uhr" as publication time
    /// in Europe/Berlin.</summary>
    public static Document Seed()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.Directory(), SeedFile)).Replace("\r\n", "\n", StringComparison.Ordinal);
        OffsetDateTime? published = null;
        var stand = text.IndexOf("Stand: ", StringComparison.Ordinal);
        if (stand >= 0 && LocalDateTimePattern.CreateWithInvariantCulture("dd.MM.yyyy HH:mm").Parse(text.Substring(stand + 7, 16)) is { Success: true } parsed)
        {
            published = parsed.Value.InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).ToOffsetDateTime();
        }

        var title = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
        var info = new DocumentInfo(new DocumentId("seed-000"), title, Language.German, published, "tagesschau", null, SeedFile);
        return new Document(info, text);
    }

    private static Document FromJson(JObject json, string dataset)
    {
        var id = (string?)json["id"] ?? string.Empty;
        var language = LanguageCodes.TryParse((string?)json["lang"], out var parsed) ? parsed : Language.English;
        // News JSONL has "date" (null when the source has none); the temporal corpora have the document creation time "dct".
        var date = (string?)json["date"] ?? (string?)json["dct"];
        OffsetDateTime? published = null;
        if (date is not null && LocalDatePattern.Iso.Parse(date[..Math.Min(10, date.Length)]) is { Success: true } day)
        {
            published = day.Value.At(new LocalTime(12, 0)).WithOffset(Offset.Zero);
        }

        var info = new DocumentInfo(new DocumentId(id), (string?)json["title"] ?? string.Empty, language, published, dataset, null, dataset + ":" + id);
        return new Document(info, (string?)json["text"] ?? string.Empty);
    }
}
