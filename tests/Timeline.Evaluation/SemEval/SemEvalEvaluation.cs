using System.Globalization;

namespace Timeline.Evaluation.SemEval;

/// <summary><c>semeval [--data DIR] [--sets corpus_1,corpus_2,corpus_3] [--no-actors] [--standard-triggers] [--primary-mentions] [--out DIR] [--explain DIR]</c>: SemEval-2015
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
        var explain = Value("--explain");
        var work = Path.Combine(Path.GetTempPath(), "timeline-semeval-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            var total = AwarenessCounts.Zero;
            var timelines = 0;
            Console.WriteLine("set\ttimelines\tP\tR\tF1\tsys.rel\tgold.rel");
            foreach (var set in sets)
            {
                var counts = RunSet(data, set, useActors, coverage, primaryOnly, work, output, explain);
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

    private static (int Timelines, AwarenessCounts Counts) RunSet(string data, string set, bool useActors, Extraction.Events.EventCoverage coverage, bool primaryOnly, string work, string? output, string? explain)
    {
        var goldFolder = set == "trial"
            ? Path.Combine(data, "original", "TimeLines_trial_data_task4_v1.2")
            : Path.Combine(data, "original", "SemEval_Task4_data", set, "TimeLines_Gold_Standard");
        var gold = GoldTimelines.ReadFolder(goldFolder);
        // The names the task gave the systems (list_target_entities_*.txt; the gold files' first lines carry typos such as
        // "United States Air Froce"), matched to the gold files by their file names.
        var listed = Directory.Exists(Path.Combine(data, "original", "SemEval_Task4_data", set))
            ? Directory.GetFiles(Path.Combine(data, "original", "SemEval_Task4_data", set), "list_target_entities*.txt").SelectMany(File.ReadLines)
                .Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
            : [];
        var queryNames = gold.ToDictionary(
            g => g.File,
            g => listed.FirstOrDefault(l => EntityKey(l) == EntityKey(g.File)) ?? g.Timeline.Entity,
            StringComparer.Ordinal);
        var entities = queryNames.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string? actorsFile = null;
        if (useActors)
        {
            actorsFile = Path.Combine(work, set + "-actors.yaml");
            File.WriteAllText(actorsFile, ActorsFileWriter.Yaml(entities, FirstNames(), ActorsFileWriter.KnownIds(entities)));
            if (explain is not null)
            {
                Directory.CreateDirectory(Path.Combine(explain, set));
                File.Copy(actorsFile, Path.Combine(explain, set, "actors.yaml"), overwrite: true);
            }
        }

        var system = SystemTimelines.BuildAsync(
            Path.Combine(data, "articles", set + ".jsonl"), entities, actorsFile, coverage, Path.Combine(work, set + ".db"), primaryOnly, explain is null ? null : Path.Combine(explain, set), CancellationToken.None)
            .GetAwaiter().GetResult();
        var counts = AwarenessCounts.Zero;
        foreach (var (file, timeline) in gold)
        {
            var predicted = system.GetValueOrDefault(queryNames[file]);
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

    /// <summary>A name or gold file name reduced to its letters and digits, lower case, "&amp;" as "and":
    /// "S&amp;P 500", "s_and_p_500" and "s&amp;p_500" all give "sandp500".</summary>
    internal static string EntityKey(string name) =>
        string.Concat(name.ToLowerInvariant().Replace("&", "and", StringComparison.Ordinal).Where(char.IsAsciiLetterOrDigit));

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
