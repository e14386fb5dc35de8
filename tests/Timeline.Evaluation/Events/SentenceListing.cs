using System.Globalization;
using Timeline.Core.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Evaluation.Events;

/// <summary>The annotation aid <c>events-sentences DATASET ID...</c>: prints each sentence's offsets and text and the
/// extracted events, to the console only (never into the project).</summary>
internal static class SentenceListing
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: events-sentences DATASET ID... [--mentions FILE] [--actors]");
            return 1;
        }

        var standIn = Options.Value(args, "--mentions") is { } path ? StandInActors.Load(path) : null;
        var ids = args[1..].TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var documents = EvaluationCorpus.Load(args[0], ids);
        var runner = new EventRunner(standIn);
        foreach (var document in documents.Values.OrderBy(d => d.Id.Value, StringComparer.Ordinal))
        {
            Console.WriteLine($"=== {args[0]} {document.Id} published {document.Info.Published?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
            foreach (var sentence in SentenceSplitter.Split(document.Text))
            {
                Console.WriteLine(FormattableString.Invariant($"[{sentence.Begin}] {sentence.Of(document.Text)}"));
            }

            if (args.Contains("--actors"))
            {
                foreach (var m in runner.Mentions(document))
                {
                    Console.WriteLine(FormattableString.Invariant($"  actor @{m.Span.Begin} '{m.Text}' {m.Actor} {m.Kind.ToWire()}"));
                }
            }

            foreach (var e in runner.Run(document))
            {
                Console.WriteLine("  -> " + EventRunner.Describe(e));
            }
        }

        return 0;
    }
}
