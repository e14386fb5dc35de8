namespace Timeline.Evaluation;

/// <summary>Scores Timeline's extraction against gold data in ../shared/eval-data (never copied into the project).</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Timeline.Evaluation <timex|ner|events|semeval> [options]");
            return 1;
        }

        if (args[0] == "ner")
        {
            var rest = args[1..];
            if (rest.Length >= 2 && rest[0] == "--show")
            {
                var dictionary = Array.IndexOf(rest, "--actors") is var a and >= 0 && a + 1 < rest.Length ? rest[a + 1] : null;
                var published = Array.IndexOf(rest, "--published") is var p and >= 0 && p + 1 < rest.Length ? rest[p + 1] : null;
                return Ner.SeedActors.Show(rest[1], dictionary, published);
            }

            return Ner.NerEvaluation.Run(rest);
        }

        if (args[0] == "timex")
        {
            return Timex.TimexEvaluation.Run(args[1..]);
        }

        switch (args[0])
        {
            case "events":
                return Events.EventEvaluation.Run(args[1..]);
            case "events-seed":
                return Events.SeedEventCheck.Run(args[1..]);
            case "events-sentences":
                return Events.SentenceListing.Run(args[1..]);
            case "events-throughput":
                return Events.ThroughputCheck.Run(args[1..]);
            case "semeval":
                return SemEval.SemEvalEvaluation.Run(args[1..]);
        }

        Console.Error.WriteLine($"unknown evaluation '{args[0]}'");
        return 1;
    }
}
