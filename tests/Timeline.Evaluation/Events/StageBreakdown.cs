using System.Diagnostics;
using System.Globalization;
using System.Text;
using Timeline.Core.Documents;
using Timeline.Core.Extraction;
using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Json;
using Timeline.Extraction.Text;
using Timeline.Extraction.Time;
using Timeline.Reading;

namespace Timeline.Evaluation.Events;

/// <summary><c>events-throughput [DATASET] --stages [--passes N]</c>: the CPU time of each stage of the extraction on
/// its own (reading the JSON Lines file, sentence splitting, time tagger, actor recogniser, event extractor, extraction
/// JSON), each over the whole dataset after warm-up passes, so that the figures say where a warm pipeline spends its
/// time. CPU time of the process (user + system), per pass; the median of N passes.</summary>
internal static class StageBreakdown
{
    private const int WarmUpPasses = 3;

    public static int Run(string dataset, int passes)
    {
        var path = EvaluationCorpus.FileOf(dataset);
        var reader = new ArticleReader(ReaderOptions.Default);
        var documents = Read(reader, path);
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var tagger = TimexTagger.Create();
        var recognizer = ActorRecognizer.Create();
        var extractor = EventExtractor.Create();
        var pipeline = new ExtractionPipeline(tagger, recognizer, extractor);

        // Warm-up: every stage's code reaches its optimised tier before anything is measured.
        var extractions = new DocumentExtraction[documents.Count];
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            Read(reader, path);
            for (var i = 0; i < documents.Count; i++)
            {
                extractions[i] = pipeline.Extract(documents[i]);
            }

            WriteJson(extractions);
        }

        var sentences = documents.Select(d => SentenceSplitter.Split(d.Text)).ToArray();
        var timexes = documents.Select(d => tagger.Tag(d.Text, d.Info.Language, d.Info.Published)).ToArray();
        var actors = documents.Select((d, i) => recognizer.Recognize(d, sentences[i])).ToArray();

        var stages = new (string Name, Action Run)[]
        {
            ("reading (JSON Lines)", () => Read(reader, path)),
            ("sentence splitting", () =>
            {
                foreach (var document in documents)
                {
                    SentenceSplitter.Split(document.Text);
                }
            }),
            ("time tagger", () =>
            {
                foreach (var document in documents)
                {
                    tagger.Tag(document.Text, document.Info.Language, document.Info.Published);
                }
            }),
            ("actor recogniser", () =>
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    recognizer.Recognize(documents[i], sentences[i]);
                }
            }),
            ("event extractor", () =>
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    extractor.Extract(documents[i], sentences[i], timexes[i], actors[i]);
                }
            }),
            ("extraction JSON", () => WriteJson(extractions)),
            ("whole pipeline (no reading, no JSON)", () =>
            {
                foreach (var document in documents)
                {
                    pipeline.Extract(document);
                }
            }),
        };

        Console.WriteLine(FormattableString.Invariant(
            $"{dataset}: {documents.Count} articles, {bytes / 1e6:F2} MB; CPU time per pass after {WarmUpPasses} warm-up passes, median (min-max) of {passes}"));
        var parts = new List<(string Name, double Median, double Min, double Max)>();
        foreach (var (name, run) in stages)
        {
            var seconds = new List<double>();
            for (var pass = 0; pass < passes; pass++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                run();
                seconds.Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
            }

            seconds.Sort();
            parts.Add((name, seconds[seconds.Count / 2], seconds[0], seconds[^1]));
        }

        var whole = parts.Where(p => p.Name is not "whole pipeline (no reading, no JSON)").Sum(p => p.Median);
        foreach (var (name, median, min, max) in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-38} {median * 1000,8:F0} ms ({min * 1000:F0}-{max * 1000:F0})  {bytes / 1e6 / median,7:F1} MB/s  {100 * median / whole,5:F1} % of the stages"));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"  sum of the stages {whole * 1000:F0} ms = {bytes / 1e6 / whole:F2} MB/s per core"));
        return 0;
    }

    private static List<Document> Read(ArticleReader reader, string path)
    {
        var result = new List<Document>();
        var items = reader.ReadAsync([path], TextReader.Null, CancellationToken.None).ToBlockingEnumerable();
        foreach (var item in items)
        {
            if (item is ArticleRead article)
            {
                result.Add(article.Document);
            }
        }

        return result;
    }

    private static void WriteJson(DocumentExtraction[] extractions)
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(false));
        using (var json = new ExtractionJsonWriter(output))
        {
            foreach (var extraction in extractions)
            {
                json.Write(extraction);
            }
        }

        output.Flush();
    }
}
