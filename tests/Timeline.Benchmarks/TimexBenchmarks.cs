using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Timeline.Core.Documents;
using Timeline.Extraction.Time;

namespace Timeline.Benchmarks;

/// <summary>Throughput of the temporal tagger alone, on the 10kGNAD German and BBC English news texts from ../shared
/// (read at run time). MB/s = <see cref="Megabytes"/> divided by the mean time.</summary>
[MemoryDiagnoser]
public class TimexBenchmarks
{
    private readonly TimexTagger _tagger = TimexTagger.Create();
    private readonly OffsetDateTime _published = new LocalDateTime(2022, 2, 1, 10, 53).WithOffset(Offset.FromHours(1));
    private string[] _german = [];
    private string[] _english = [];

    /// <summary>Megabytes (UTF-16 characters / 1e6) tagged per German operation, printed by <see cref="GlobalSetup"/>.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _german = ReadTexts("eval-data/news_de_10kgnad/news_de_10kgnad.test.jsonl", 300);
        _english = ReadTexts("eval-data/news_en_bbc/news_en_bbc.jsonl", 300);
        Megabytes = _german.Sum(t => t.Length) / 1e6;
        Console.WriteLine($"// timex corpus: German {Megabytes:F3} M chars, English {_english.Sum(t => t.Length) / 1e6:F3} M chars");
    }

    [Benchmark]
    public int German()
    {
        var count = 0;
        foreach (var text in _german)
        {
            count += _tagger.Tag(text, Language.German, _published).Length;
        }

        return count;
    }

    [Benchmark]
    public int English()
    {
        var count = 0;
        foreach (var text in _english)
        {
            count += _tagger.Tag(text, Language.English, _published).Length;
        }

        return count;
    }

    private static string[] ReadTexts(string relative, int take)
    {
        var path = Path.Combine(SharedDirectory(), relative);
        return File.ReadLines(path, Encoding.UTF8)
            .Take(take)
            .Select(line => Newtonsoft.Json.Linq.JObject.Parse(line)["text"]?.ToString() ?? string.Empty)
            .ToArray();
    }

    private static string SharedDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var shared = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "eval-data")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException("shared/eval-data not found above " + AppContext.BaseDirectory);
    }
}
