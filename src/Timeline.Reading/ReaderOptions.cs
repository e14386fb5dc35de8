using Timeline.Reading.Publication;
using Timeline.Core.Documents;

namespace Timeline.Reading;

/// <summary>How input is read.</summary>
/// <param name="Language">The language of every article, or null to detect it per article.</param>
/// <param name="DefaultPublished">The publication time to use when an article gives none (<c>--published</c>), or null.</param>
/// <param name="KeepGivenDate">True to keep the date a feed, a JSON field or <c>--published</c> gives even when the text
/// states another day on a dateline under its title (<c>--keep-given-date</c>); by default the text's dateline wins.</param>
public sealed record ReaderOptions(Language? Language, PublishedTime? DefaultPublished, bool KeepGivenDate = false)
{
    public static ReaderOptions Default { get; } = new(null, null);
}
