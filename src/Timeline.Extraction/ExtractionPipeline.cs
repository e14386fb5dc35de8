using Timeline.Core.Documents;
using Timeline.Core.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;
using Timeline.Extraction.Time;

namespace Timeline.Extraction;

/// <summary>Text in, facts out: sentences, time expressions, actors and relations, then events.</summary>
/// <remarks>Immutable, thread-safe and reusable for any number of documents (as Markdig's pipeline); the CLI runs one
/// pipeline on every core at once.</remarks>
public sealed class ExtractionPipeline
{
    private readonly TimexTagger _timexTagger;
    private readonly ActorRecognizer _actorRecognizer;
    private readonly EventExtractor _eventExtractor;

    public ExtractionPipeline(TimexTagger timexTagger, ActorRecognizer actorRecognizer, EventExtractor eventExtractor)
    {
        ArgumentNullException.ThrowIfNull(timexTagger);
        ArgumentNullException.ThrowIfNull(actorRecognizer);
        ArgumentNullException.ThrowIfNull(eventExtractor);
        (_timexTagger, _actorRecognizer, _eventExtractor) = (timexTagger, actorRecognizer, eventExtractor);
    }

    /// <summary>A pipeline with the built-in lexicons and actor dictionary.</summary>
    public static ExtractionPipeline CreateDefault() =>
        new(TimexTagger.Create(), ActorRecognizer.Create(), EventExtractor.Create());

    public DocumentExtraction Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = SentenceSplitter.Split(document.Text);
        var timexes = _timexTagger.Tag(document.Text, document.Info.Language, document.Info.Published);
        var actors = _actorRecognizer.Recognize(document, sentences);
        var events = _eventExtractor.Extract(document, sentences, timexes, actors);
        return new DocumentExtraction(document, timexes, actors.Mentions, actors.Actors, actors.Relations, events);
    }
}
