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
                default:
                    Console.Error.WriteLine($"ner: unknown option '{args[i]}' (usage: ner --gold NER-de-dev.tsv [--errors N])");
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
        return 0;
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
