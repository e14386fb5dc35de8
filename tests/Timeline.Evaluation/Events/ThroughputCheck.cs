using System.Diagnostics;
using System.Text;
using Timeline.Extraction;

namespace Timeline.Evaluation.Events;

/// <summary>The verb <c>events-throughput [DATASET]</c>: runs the whole extraction once over every article of a dataset
/// (default news_de_10kgnad), reports failures by article and the MB/s (UTF-8) on one thread. A quick figure next to the
/// BenchmarkDotNet class <c>ExtractionBenchmarks</c>.</summary>
internal static class ThroughputCheck
{
    public static int Run(string[] args)
    {
        var dataset = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "news_de_10kgnad";
        var documents = EvaluationCorpus.All(dataset).ToList();
        var pipeline = ExtractionPipeline.CreateDefault();
        var bytes = documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text));
        var failures = 0;
        var events = 0;
        var watch = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            try
            {
                events += pipeline.Extract(document).Events.Length;
            }
            catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException or NullReferenceException)
            {
                failures++;
                Console.WriteLine($"FAIL {document.Id}: {e.GetType().Name} {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }
        }

        watch.Stop();
        var seconds = watch.Elapsed.TotalSeconds;

        // The event extractor alone, on prepared inputs (second pass, so the JIT has run).
        var tagger = Timeline.Extraction.Time.TimexTagger.Create();
        var recognizer = Timeline.Extraction.Actors.ActorRecognizer.Create();
        var extractor = Timeline.Extraction.Events.EventExtractor.Create();
        var prepared = new List<(Timeline.Core.Documents.Document, System.Collections.Immutable.ImmutableArray<Timeline.Core.Documents.TextSpan>, System.Collections.Immutable.ImmutableArray<Timeline.Core.Time.Timex>, Timeline.Extraction.Actors.ActorRecognition)>();
        foreach (var document in documents)
        {
            var sentences = Timeline.Extraction.Text.SentenceSplitter.Split(document.Text);
            var timexes = tagger.Tag(document.Text, document.Info.Language, document.Info.Published);
            Timeline.Extraction.Actors.ActorRecognition actors;
            try
            {
                actors = recognizer.Recognize(document, sentences);
            }
            catch (IndexOutOfRangeException)
            {
                actors = new Timeline.Extraction.Actors.ActorRecognition([], [], []);
            }

            prepared.Add((document, sentences, timexes, actors));
        }

        var extractorWatch = Stopwatch.StartNew();
        foreach (var (document, sentences, timexes, actors) in prepared)
        {
            extractor.Extract(document, sentences, timexes, actors);
        }

        extractorWatch.Stop();
        Console.WriteLine(FormattableString.Invariant(
            $"event extractor alone: {extractorWatch.Elapsed.TotalSeconds:F2} s, {bytes / 1e6 / extractorWatch.Elapsed.TotalSeconds:F2} MB/s"));
        Console.WriteLine(FormattableString.Invariant(
            $"{dataset}: {documents.Count} articles, {bytes / 1e6:F2} MB, {events} events, {failures} failures, {seconds:F1} s, {bytes / 1e6 / seconds:F2} MB/s (one thread, first run)"));
        return failures == 0 ? 0 : 2;
    }
}
