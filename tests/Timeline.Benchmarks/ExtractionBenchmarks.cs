using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;
using Timeline.Extraction.Time;

namespace Timeline.Benchmarks;

/// <summary>Throughput of the extraction over the German news of ../shared/eval-data/news_de_10kgnad (1,028 articles,
/// read at run time): the whole pipeline, and the event extractor alone on prepared sentences, timexes and actors.
/// MB/s = <see cref="Megabytes"/> (UTF-8) / mean time of one operation.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private readonly EventExtractor _extractor = EventExtractor.Create();
    private List<Document> _documents = [];
    private List<(Document Document, ImmutableArray<TextSpan> Sentences, ImmutableArray<Timex> Timexes, ActorRecognition Actors)> _prepared = [];

    /// <summary>Size of the corpus in UTF-8 megabytes (printed at setup).</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(SharedDirectory(), "eval-data", "news_de_10kgnad", "news_de_10kgnad.test.jsonl");
        _documents = [.. File.ReadLines(path).Where(l => l.Length > 0).Select(ToDocument)];
        Megabytes = _documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1_000_000.0;
        var tagger = TimexTagger.Create();
        var recognizer = ActorRecognizer.Create();
        _prepared = [.. _documents.Select(d =>
        {
            var sentences = SentenceSplitter.Split(d.Text);
            return (d, sentences, tagger.Tag(d.Text, d.Info.Language, d.Info.Published), recognizer.Recognize(d, sentences));
        })];
        Console.WriteLine(FormattableString.Invariant($"// corpus: {_documents.Count} articles, {Megabytes:F2} MB (UTF-8)"));
    }

    [Benchmark(Description = "whole pipeline, 10kGNAD")]
    public int WholePipeline()
    {
        var events = 0;
        foreach (var document in _documents)
        {
            events += _pipeline.Extract(document).Events.Length;
        }

        return events;
    }

    [Benchmark(Description = "event extractor only, 10kGNAD")]
    public int EventExtractorOnly()
    {
        var events = 0;
        foreach (var (document, sentences, timexes, actors) in _prepared)
        {
            ImmutableArray<Event> found = _extractor.Extract(document, sentences, timexes, actors);
            events += found.Length;
        }

        return events;
    }

    private static Document ToDocument(string line)
    {
        var json = JObject.Parse(line);
        var id = (string?)json["id"] ?? string.Empty;
        var info = new DocumentInfo(new DocumentId(id), string.Empty, Language.German,
            new NodaTime.LocalDate(2016, 1, 15).At(NodaTime.LocalTime.Noon).WithOffset(NodaTime.Offset.FromHours(1)), "derStandard", null, id);
        return new Document(info, (string?)json["text"] ?? string.Empty);
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

        throw new DirectoryNotFoundException("../shared/eval-data not found above " + AppContext.BaseDirectory);
    }
}
