using System.Globalization;

namespace Timeline.Evaluation.SemEval;

/// <summary><c>semeval [--data DIR] [--sets corpus_1,corpus_2,corpus_3] [--no-actors] [--standard-triggers] [--primary-mentions] [--out DIR]</c>: SemEval-2015
/// Task 4 (TimeLine, Track A) with the task's scoring, temporal awareness micro-averaged over the target entities.</summary>
internal static class SemEvalEvaluation
{
    public static int Run(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var data = Value("--data") ?? Path.Combine(Events.SharedData.Directory(), "eval-data", "semeval2015_task4_timeline");
        var sets = (Value("--sets") ?? "corpus_1,corpus_2,corpus_3").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var useActors = !args.Contains("--no-actors");
        var coverage = args.Contains("--standard-triggers") ? Extraction.Events.EventCoverage.Standard : Extraction.Events.EventCoverage.Broad;
        var primaryOnly = args.Contains("--primary-mentions");
        var output = Value("--out");
        var work = Path.Combine(Path.GetTempPath(), "timeline-semeval-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            var total = AwarenessCounts.Zero;
            var timelines = 0;
            Console.WriteLine("set\ttimelines\tP\tR\tF1\tsys.rel\tgold.rel");
            foreach (var set in sets)
            {
                var counts = RunSet(data, set, useActors, coverage, primaryOnly, work, output);
                total = total.Add(counts.Counts);
                timelines += counts.Timelines;
                Print(set, counts.Timelines, counts.Counts);
            }

            if (sets.Length > 1)
            {
                Print("overall", timelines, total);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (int Timelines, AwarenessCounts Counts) RunSet(string data, string set, bool useActors, Extraction.Events.EventCoverage coverage, bool primaryOnly, string work, string? output)
    {
        var goldFolder = set == "trial"
            ? Path.Combine(data, "original", "TimeLines_trial_data_task4_v1.2")
            : Path.Combine(data, "original", "SemEval_Task4_data", set, "TimeLines_Gold_Standard");
        var gold = GoldTimelines.ReadFolder(goldFolder);
        var entities = gold.Select(g => g.Timeline.Entity).Distinct(StringComparer.Ordinal).ToList();
        string? actorsFile = null;
        if (useActors)
        {
            actorsFile = Path.Combine(work, set + "-actors.yaml");
            File.WriteAllText(actorsFile, ActorsFileWriter.Yaml(entities, FirstNames()));
        }

        var system = SystemTimelines.BuildAsync(
            Path.Combine(data, "articles", set + ".jsonl"), entities, actorsFile, coverage, Path.Combine(work, set + ".db"), primaryOnly, CancellationToken.None)
            .GetAwaiter().GetResult();
        var counts = AwarenessCounts.Zero;
        foreach (var (file, timeline) in gold)
        {
            var predicted = system.GetValueOrDefault(timeline.Entity);
            var score = TemporalAwareness.Score(timeline, predicted);
            counts = counts.Add(score);
            if (output is not null && predicted is not null)
            {
                Directory.CreateDirectory(Path.Combine(output, set));
                File.WriteAllText(Path.Combine(output, set, file + ".txt"), GoldTimelines.Format(predicted));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {set}/{file}: {predicted?.Rows.Length ?? 0} system lines, {timeline.Rows.Length} gold lines, P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000}"));
        }

        return (gold.Count, counts);
    }

    private static HashSet<string> FirstNames()
    {
        var file = Path.Combine(Events.SharedData.RepositoryRoot(), "src", "Timeline.Extraction", "Languages", "actors-first-names.txt");
        return File.Exists(file)
            ? [.. File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#').SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))]
            : [];
    }

    private static void Print(string set, int timelines, AwarenessCounts counts) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set}\t{timelines}\t{counts.Precision:0.0000}\t{counts.Recall:0.0000}\t{counts.F1:0.0000}\t{counts.PrecisionMatched}/{counts.SystemTotal}\t{counts.RecallMatched}/{counts.GoldTotal}"));
}
