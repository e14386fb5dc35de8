namespace Timeline.Extraction.Time;

/// <summary>The candidates found in one text, with that text (rules look at the words around a match).</summary>
internal sealed class CandidateCollection(string text) : List<TimexCandidate>
{
    public string Text { get; } = text;
}
