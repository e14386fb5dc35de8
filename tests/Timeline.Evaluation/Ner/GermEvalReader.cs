namespace Timeline.Evaluation.Ner;

/// <summary>Reads GermEval 2014 TSV (index, token, outer BIO tag, inner BIO tag; <c>#</c> header lines; blank line between
/// sentences). Only outer PER, LOC and ORG spans are kept.</summary>
internal static class GermEvalReader
{
    public static IEnumerable<GermEvalSentence> Read(string path)
    {
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return Build(tokens, tags);
                    tokens = [];
                    tags = [];
                }

                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length >= 3)
            {
                tokens.Add(fields[1]);
                tags.Add(fields[2]);
            }
        }

        if (tokens.Count > 0)
        {
            yield return Build(tokens, tags);
        }
    }

    private static GermEvalSentence Build(List<string> tokens, List<string> tags)
    {
        var spans = new HashSet<(int, int, string)>();
        var start = -1;
        var label = string.Empty;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var inside = tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == label && start >= 0;
            if (inside)
            {
                continue;
            }

            if (start >= 0 && label is "PER" or "LOC" or "ORG")
            {
                spans.Add((start, i - 1, label));
            }

            start = -1;
            label = string.Empty;
            if (tag.Length > 2 && tag[0] is 'B' or 'I')
            {
                start = i;
                label = tag[2..];
            }
        }

        return new GermEvalSentence(tokens, spans);
    }
}
