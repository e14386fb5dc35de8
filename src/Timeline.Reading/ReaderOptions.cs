using Timeline.Reading.Publication;
using Timeline.Core.Documents;

namespace Timeline.Reading;

/// <summary>How input is read.</summary>
/// <param name="Language">The language of every article, or null to detect it per article.</param>
/// <param name="DefaultPublished">The publication time to use when an article gives none (<c>--published</c>), or null.</param>
public sealed record ReaderOptions(Language? Language, PublishedTime? DefaultPublished)
{
    public static ReaderOptions Default { get; } = new(null, null);
}
