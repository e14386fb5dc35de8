using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Documents;
using Timeline.Core.Time;

namespace Timeline.Extraction.Time;

/// <summary>Finds time expressions in German and English news text and normalises them to TIMEX3, resolving relative
/// ones against the publication time.</summary>
/// <remarks>Immutable and thread-safe once built; build one and reuse it.</remarks>
public sealed class TimexTagger
{
    public static TimexTagger Create() => new();

    /// <summary>Tags <paramref name="text"/>.</summary>
    /// <param name="text">The document text; offsets of the result index it.</param>
    /// <param name="language">Its language.</param>
    /// <param name="published">The document creation time that relative expressions resolve against, or null.</param>
    /// <returns>Time expressions in text order, non-overlapping.</returns>
    public ImmutableArray<Timex> Tag(string text, Language language, OffsetDateTime? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = language;
        _ = published;
        return []; // TODO(#3): the tagger.
    }
}
