using System.Globalization;
using System.Text;
using Timeline.Extraction.Actors;

namespace Timeline.Evaluation.Ner;

/// <summary>Scores <see cref="NamedEntityRecognizer"/> on GermEval 2014 (outer column, strict span + class, PER/LOC/ORG;
/// OTH and the deriv/part classes ignored). Each sentence's tokens are joined by spaces into a text and the
/// recognised spans are mapped back to token ranges.</summary>
internal static class NerEvaluation
{
    private static readonly string[] Classes = ["PER", "LOC", "ORG"];

    public static int Run(string[] args)
    {
        string? gold = null;
        var errors = 0;
        string? dump = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--gold" when i + 1 < args.Length:
                    gold = args[++i];
                    break;
                case "--errors" when i + 1 < args.Length:
                    errors = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--dump" when i + 1 < args.Length:
                    dump = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"ner: unknown option '{args[i]}' (usage: ner --gold NER-de-dev.tsv [--errors N] [--dump FILE])");
                    return 1;
            }
        }

        if (gold is null || !File.Exists(gold))
        {
            Console.Error.WriteLine($"ner: gold file '{gold}' not found (usage: ner --gold NER-de-dev.tsv)");
            return 1;
        }

        var recognizer = NamedEntityRecognizer.Create();
        var counts = Classes.ToDictionary(c => c, _ => new int[3], StringComparer.Ordinal); // tp, fp, fn
        var shown = 0;
        var sentences = 0;
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var sentence in GermEvalReader.Read(gold))
        {
            sentences++;
            var text = new StringBuilder();
            var starts = new List<int>();
            foreach (var token in sentence.Tokens)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                starts.Add(text.Length);
                text.Append(token);
            }

            var joined = text.ToString();
            var predicted = new HashSet<(int, int, string)>();
            foreach (var entity in recognizer.Recognize(joined))
            {
                var first = starts.BinarySearch(entity.Span.Begin);
                var lastStart = starts.FindLastIndex(s => s < entity.Span.End);
                if (first < 0 || lastStart < 0 || starts[lastStart] + sentence.Tokens[lastStart].Length != entity.Span.End)
                {
                    continue; // not on token boundaries: cannot match a gold span
                }

                predicted.Add((first, lastStart, Label(entity.Class)));
            }

            foreach (var span in predicted)
            {
                counts[span.Item3][sentence.Entities.Contains(span) ? 0 : 1]++;
            }

            foreach (var span in sentence.Entities)
            {
                if (!predicted.Contains(span))
                {
                    counts[span.Item3][2]++;
                }
            }

            Classify(sentence, predicted, kinds, dump is null ? null : lines);
            if (shown < errors && !predicted.SetEquals(sentence.Entities))
            {
                shown++;
                Console.WriteLine(joined);
                Console.WriteLine("  gold: " + Show(sentence.Entities, sentence.Tokens));
                Console.WriteLine("  got:  " + Show(predicted, sentence.Tokens));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GermEval 2014 NER, {sentences} sentences, outer spans, strict"));
        Console.WriteLine("class  gold  pred    tp      P      R     F1");
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (var c in Classes)
        {
            var (tp, fp, fn) = (counts[c][0], counts[c][1], counts[c][2]);
            (tpAll, fpAll, fnAll) = (tpAll + tp, fpAll + fp, fnAll + fn);
            Console.WriteLine(Row(c, tp, fp, fn));
        }

        Console.WriteLine(Row("all", tpAll, fpAll, fnAll));
        Console.WriteLine("errors by kind (type: same span, other class; boundary: overlapping span; miss/spurious: no overlap):");
        foreach (var (kind, count) in kinds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-22} {count,5}"));
        }

        if (dump is not null)
        {
            lines.Sort(StringComparer.Ordinal);
            File.WriteAllLines(dump, lines);
        }

        return 0;
    }

    /// <summary>Counts each gold span not found and each predicted span not in the gold as a type error (same tokens,
    /// other class), a boundary error (overlapping span) or a miss / spurious span (nothing overlapping).</summary>
    private static void Classify(GermEvalSentence sentence, HashSet<(int First, int Last, string Label)> predicted,
        SortedDictionary<string, int> kinds, List<string>? lines)
    {
        void Count(string kind, (int First, int Last, string Label) span, string other)
        {
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            lines?.Add($"{kind}\t{string.Join(' ', sentence.Tokens.Skip(span.First).Take(span.Last - span.First + 1))}\t{other}");
        }

        static bool Overlap((int First, int Last, string Label) a, (int First, int Last, string Label) b) =>
            a.First <= b.Last && b.First <= a.Last;

        foreach (var gold in sentence.Entities.Where(g => !predicted.Contains(g)))
        {
            var same = predicted.FirstOrDefault(p => p.First == gold.First && p.Last == gold.Last);
            var near = predicted.FirstOrDefault(p => Overlap(p, gold));
            if (same.Label is not null)
            {
                Count($"{gold.Label} typed {same.Label}", gold, "");
            }
            else if (near.Label is not null)
            {
                Count($"{gold.Label} boundary", gold, Show([near], sentence.Tokens));
            }
            else
            {
                Count($"{gold.Label} miss", gold, "");
            }
        }

        foreach (var span in predicted.Where(p => !sentence.Entities.Contains(p)))
        {
            if (!sentence.Entities.Any(g => Overlap(g, span)))
            {
                Count($"{span.Label} spurious", span, "");
            }
        }
    }

    private static string Label(NamedEntityClass entityClass) => entityClass switch
    {
        NamedEntityClass.Person => "PER",
        NamedEntityClass.Location => "LOC",
        _ => "ORG",
    };

    private static string Row(string name, int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"{name,-5} {tp + fn,5} {tp + fp,5} {tp,5}  {p:0.000}  {r:0.000}  {f:0.000}");
    }

    private static string Show(IEnumerable<(int First, int Last, string Label)> spans, List<string> tokens) =>
        string.Join("; ", spans.OrderBy(s => s.First).Select(s => $"{s.Label}[{string.Join(' ', tokens.Skip(s.First).Take(s.Last - s.First + 1))}]"));
}
