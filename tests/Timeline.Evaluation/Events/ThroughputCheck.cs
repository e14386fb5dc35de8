using System.Diagnostics;
using System.Text;
using Timeline.Extraction;

namespace Timeline.Evaluation.Events;

/// <summary>The verb <c>events-throughput [DATASET] [--articles N | --stages [--passes N]]</c>: runs the whole extraction once over every article of a dataset
/// (default news_de_10kgnad), reports failures by article and the MB/s (UTF-8) on one thread. A quick figure next to the
/// BenchmarkDotNet class <c>ExtractionBenchmarks</c>.</summary>
internal static class ThroughputCheck
{
    public static int Run(string[] args)
    {
        var dataset = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "news_de_10kgnad";
        if (args.Contains("--stages"))
        {
            var passes = Array.IndexOf(args, "--passes") is var p and >= 0 && p + 1 < args.Length
                ? int.Parse(args[p + 1], System.Globalization.CultureInfo.InvariantCulture)
                : 3;
            return StageBreakdown.Run(dataset, passes);
        }

        var documents = EvaluationCorpus.All(dataset).ToList();
        var articles = Array.IndexOf(args, "--articles") is var at and >= 0 && at + 1 < args.Length
            ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        if (articles > 0)
        {
            return RunMany(dataset, documents, articles);
        }

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

    /// <summary><c>--articles N</c>: the whole extraction over N articles (the dataset's articles again and again, as a
    /// folder of N articles would stream through one pipeline), reporting CPU time and peak memory for the first
    /// thousand articles (JIT warm-up included) and for all.</summary>
    private static int RunMany(string dataset, List<Timeline.Core.Documents.Document> documents, int articles)
    {
        var process = Process.GetCurrentProcess();
        var creationStart = process.TotalProcessorTime;
        var pipeline = ExtractionPipeline.CreateDefault();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var creationCpu = (cpuBefore - creationStart).TotalSeconds;
        long bytes = 0;
        long firstBytes = 0;
        var firstCpu = 0.0;
        var events = 0;
        for (var n = 0; n < articles; n++)
        {
            var document = documents[n % documents.Count];
            events += pipeline.Extract(document).Events.Length;
            bytes += Encoding.UTF8.GetByteCount(document.Text);
            if (n == Math.Min(articles, 1000) - 1)
            {
                firstBytes = bytes;
                firstCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            }
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        process.Refresh();
        var rest = cpu - firstCpu;
        Console.WriteLine(FormattableString.Invariant(
            $"{dataset} x {articles} articles: {bytes / 1e6:F2} MB, {events} events, {cpu:F1} s CPU, {bytes / 1e6 / cpu:F2} MB/s per core overall; first 1,000 articles {firstBytes / 1e6 / firstCpu:F2} MB/s, the rest {(rest > 0 ? (bytes - firstBytes) / 1e6 / rest : 0):F2} MB/s; peak working set {process.PeakWorkingSet64 / 1e6:F0} MB"));
        Console.WriteLine(FormattableString.Invariant(
            $"  allocated {GC.GetTotalAllocatedBytes() / 1e9:F2} GB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s"));
        Console.WriteLine(FormattableString.Invariant(
            $"  not in the figures above: creating the pipeline (lexicons, dictionary, tables; JIT of their loaders) {creationCpu:F2} s CPU; with it {bytes / 1e6 / (cpu + creationCpu):F2} MB/s per core"));
        return 0;
    }
}
