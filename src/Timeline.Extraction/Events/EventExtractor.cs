using System.Collections.Immutable;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Events;

/// <summary>Turns sentences into typed, dated events with participants, de-duplicated within the document.</summary>
/// <remarks>Immutable and thread-safe; build one and reuse it.</remarks>
public sealed class EventExtractor
{
    public static EventExtractor Create() => new();

    public ImmutableArray<Event> Extract(
        Document document,
        ImmutableArray<TextSpan> sentences,
        ImmutableArray<Timex> timexes,
        ActorRecognition actors)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = (sentences, timexes, actors);
        return []; // TODO(#5): the extractor.
    }
}
