using System.Collections.Immutable;

namespace Timeline.Evaluation.SemEval;

/// <summary>The timeline of one target entity.</summary>
internal sealed record EntityTimeline(string Entity, ImmutableArray<TimelineRow> Rows)
{
    /// <summary>The task's mention id: <c>doc-sentence-word</c>.</summary>
    public static string MentionId(string document, int sentence, string word) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{document}-{sentence}-{word}");
}
