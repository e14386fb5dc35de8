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
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
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
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

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

        // Three passes; CPU time of the process (the machine is shared, wall time says little).
        const int Passes = 3;
        var extractorWatch = Stopwatch.StartNew();
        var extractorCpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var (document, sentences, timexes, actors) in prepared)
            {
                extractor.Extract(document, sentences, timexes, actors);
            }
        }

        extractorWatch.Stop();
        var extractorCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - extractorCpu).TotalSeconds / Passes;
        Console.WriteLine(FormattableString.Invariant(
            $"event extractor alone: {extractorCpuSeconds:F2} s CPU per pass, {bytes / 1e6 / extractorCpuSeconds:F2} MB/s per core (wall {extractorWatch.Elapsed.TotalSeconds / Passes:F2} s per pass)"));
        Console.WriteLine(FormattableString.Invariant(
            $"{dataset}: {documents.Count} articles, {bytes / 1e6:F2} MB, {events} events, {failures} failures, {cpuSeconds:F1} s CPU, {bytes / 1e6 / cpuSeconds:F2} MB/s per core (wall {seconds:F1} s; one thread, first run, JIT included)"));
        return failures == 0 ? 0 : 2;
    }
}
