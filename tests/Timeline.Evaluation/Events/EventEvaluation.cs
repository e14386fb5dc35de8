using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Evaluation.Events;

/// <summary>The verb <c>events --annotations PATH [--mentions FILE] [--min-confidence X] [--skip-hypothetical]
/// [--verbose]</c>: runs the extraction on the annotated articles (texts read from ../shared) and reports precision,
/// recall and F1 on (type, source, target, date) tuples, per type, and the day-level accuracy of <c>time.start</c>
/// next to the publication-date baseline.</summary>
internal static class EventEvaluation
{
    public static int Run(string[] args)
    {
        var annotationsPath = Options.Value(args, "--annotations")
            ?? Path.Combine(SharedData.RepositoryRoot(), "tests", "Timeline.Evaluation", "annotations");
        var standIn = Options.Value(args, "--mentions") is { } path ? StandInActors.Load(path) : null;
        var minConfidence = Options.Value(args, "--min-confidence") is { } mc ? double.Parse(mc, CultureInfo.InvariantCulture) : 0.0;
        var verbose = args.Contains("--verbose");
        var skipHypothetical = args.Contains("--skip-hypothetical");
        var gold = EventAnnotations.LoadAll(annotationsPath);
        var runner = new EventRunner(standIn);
        var perType = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var total = new Counts();
        var perPart = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        int datedPairs = 0, datedRight = 0, baselineRight = 0, timedPairs = 0, timedRight = 0;

        foreach (var group in gold.Documents.GroupBy(d => d.Dataset, StringComparer.Ordinal))
        {
            var documents = EvaluationCorpus.Load(group.Key, group.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
            foreach (var annotated in group)
            {
                if (!documents.TryGetValue(annotated.Id, out var document))
                {
                    Console.Error.WriteLine($"{group.Key}:{annotated.Id}: article not found in ../shared");
                    return 1;
                }

                // STATEMENT (plain speech, warnings to no one) is outside the annotation guidelines: neither annotated nor
                // scored. Events the system marks hypothetical ("in case they need to evacuate") are not annotated either,
                // but they are reported, so they count as false positives unless --skip-hypothetical (a second view). A
                // real event wrongly marked hypothetical counts as a miss either way.
                var predicted = runner.Run(document).Where(e => e.Confidence >= minConfidence && e.Type != EventType.Statement
                    && !(skipHypothetical && e.Modality == Modality.Hypothetical)).ToList();
                var published = document.Info.Published?.Date;
                var part = Bucket(perPart, (published is null ? "undated " : "dated ") + document.Info.Language.ToString());
                var unmatched = new List<Event>(predicted);
                foreach (var g in annotated.Events)
                {
                    var counts = Bucket(perType, g.Type);
                    // Of several fitting events, the one mentioned in the gold event's sentence is its match.
                    var match = unmatched.Where(p => Same(p, g, published, withDate: true)).OrderBy(p => Nearness(p, g)).FirstOrDefault();
                    var loose = match ?? predicted.FirstOrDefault(p => Same(p, g, published, withDate: false));
                    if (loose is not null && g.Date is not null)
                    {
                        timedPairs++;
                        timedRight += Same(loose, g, published, withDate: true) ? 1 : 0;
                    }

                    if (loose is not null && g.Date is { } day && day != "range" && published is not null)
                    {
                        datedPairs++;
                        var goldDay = LocalDatePattern.Iso.Parse(day).Value;
                        datedRight += loose.Time?.Start == goldDay ? 1 : 0;
                        if (verbose && loose.Time?.Start != goldDay)
                        {
                            Console.WriteLine($"  date {annotated.Id} @{g.Begin} {g.Type} gold {day} found {loose.Time?.Value ?? "undated"}");
                        }

                        baselineRight += published == goldDay ? 1 : 0;
                    }

                    if (match is null)
                    {
                        counts.FalseNegatives++;
                        total.FalseNegatives++;
                        part.FalseNegatives++;
                        if (verbose)
                        {
                            Console.WriteLine($"  miss {annotated.Id} @{g.Begin} {g.Type} {string.Join('|', g.Sources)} -> {string.Join('|', g.Targets)} {g.Date}");
                        }

                        continue;
                    }

                    unmatched.Remove(match);
                    counts.TruePositives++;
                    total.TruePositives++;
                    part.TruePositives++;
                }

                foreach (var p in unmatched)
                {
                    Bucket(perType, p.Type.ToWire()).FalsePositives++;
                    total.FalsePositives++;
                    part.FalsePositives++;
                    if (verbose)
                    {
                        Console.WriteLine($"  extra {annotated.Id} {EventRunner.Describe(p)}");
                    }
                }
            }
        }

        Console.WriteLine($"documents: {gold.Documents.Count}, gold events: {gold.Documents.Sum(d => d.Events.Count)}");
        Console.WriteLine($"{"type",-10} {"tp",4} {"fp",4} {"fn",4} {"P",6} {"R",6} {"F1",6}");
        foreach (var (type, counts) in perType)
        {
            Console.WriteLine(counts.Row(type));
        }

        Console.WriteLine(total.Row("ALL"));
        foreach (var (part, counts) in perPart)
        {
            Console.WriteLine(counts.Row(part));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"date accuracy (day of time.start, {datedPairs} dated gold events with a found event): {Ratio(datedRight, datedPairs):F3}; publication-date baseline: {Ratio(baselineRight, datedPairs):F3}"));
        Console.WriteLine(FormattableString.Invariant(
            $"time right (day, or an inferred range/none where the text gives no date; {timedPairs} gold events with a scored date and a found event): {Ratio(timedRight, timedPairs):F3}"));
        return 0;
    }

    /// <summary>Whether a predicted event fits a gold one: type; every gold role (any accepted actor) present; for a
    /// CONSULT the roles may be swapped; and, <paramref name="withDate"/>, the date.</summary>
    private static bool Same(Event predicted, GoldEvent gold, LocalDate? published, bool withDate)
    {
        if (predicted.Type.ToWire() != gold.Type)
        {
            return false;
        }

        var sources = predicted.Participants.Where(p => p.Role == ParticipantRole.Source).Select(p => p.Actor.Value).ToList();
        var targets = predicted.Participants.Where(p => p.Role == ParticipantRole.Target).Select(p => p.Actor.Value).ToList();
        var rolesOk = RoleOk(sources, gold.Sources) && RoleOk(targets, gold.Targets);
        if (!rolesOk && predicted.Type == EventType.Consult)
        {
            rolesOk = RoleOk(targets, gold.Sources) && RoleOk(sources, gold.Targets);
        }

        if (!rolesOk)
        {
            return false;
        }

        if (!withDate || gold.Date is null)
        {
            return true;
        }

        if (gold.Date == "range")
        {
            return predicted.Time is null || predicted.Time.Granularity == Granularity.Range;
        }

        var day = LocalDatePattern.Iso.Parse(gold.Date).Value;
        _ = published;
        return predicted.Time?.Start == day;
    }

    /// <summary>0 when a mention's trigger is the gold trigger, 1 when a mention's sentence holds it, 2 otherwise.</summary>
    private static int Nearness(Event predicted, GoldEvent gold) =>
        predicted.Mentions.Any(m => m.TriggerSpan.Begin < gold.End && gold.Begin < m.TriggerSpan.End) ? 0
        : predicted.Mentions.Any(m => m.Sentence.Begin <= gold.Begin && gold.Begin < m.Sentence.End) ? 1
        : 2;

    /// <summary>A gold role: no actors = none expected; <c>*</c> among the alternatives = not scored.</summary>
    private static bool RoleOk(List<string> predicted, IReadOnlyList<string> gold) =>
        gold.Contains("*") || (gold.Count == 0 ? predicted.Count == 0 : predicted.Any(gold.Contains));

    private static Counts Bucket(SortedDictionary<string, Counts> perType, string type)
    {
        if (!perType.TryGetValue(type, out var counts))
        {
            perType[type] = counts = new Counts();
        }

        return counts;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private sealed class Counts
    {
        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int FalseNegatives { get; set; }

        public string Row(string label)
        {
            var p = Ratio(TruePositives, TruePositives + FalsePositives);
            var r = Ratio(TruePositives, TruePositives + FalseNegatives);
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return FormattableString.Invariant($"{label,-10} {TruePositives,4} {FalsePositives,4} {FalseNegatives,4} {p,6:F3} {r,6:F3} {f,6:F3}");
        }
    }
}
