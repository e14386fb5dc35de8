using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;
using Timeline.Extraction.Time;

namespace Timeline.Evaluation.Events;

/// <summary>Runs the extraction pipeline's stages on a document (with an optional stand-in for the actor layer).</summary>
internal sealed class EventRunner
{
    private readonly TimexTagger _tagger = TimexTagger.Create();
    private readonly ActorRecognizer _recognizer = ActorRecognizer.Create();
    private readonly EventExtractor _extractor = EventExtractor.Create();
    private readonly StandInActors? _standIn;

    public EventRunner(StandInActors? standIn) => _standIn = standIn;

    public ImmutableArray<Event> Run(Document document)
    {
        var sentences = SentenceSplitter.Split(document.Text);
        var timexes = _tagger.Tag(document.Text, document.Info.Language, document.Info.Published);
        var actors = _standIn?.Recognize(document) ?? _recognizer.Recognize(document, sentences);
        return _extractor.Extract(document, sentences, timexes, actors);
    }

    /// <summary>The actor mentions the extractor would see (for the annotation aid).</summary>
    public ImmutableArray<Mention> Mentions(Document document) =>
        _standIn?.Recognize(document).Mentions ?? _recognizer.Recognize(document, SentenceSplitter.Split(document.Text)).Mentions;

    public static string Describe(Event e) =>
        $"{e.Type.ToWire(),-9} {e.Mode ?? "-",-16} {e.Modality.ToWire(),-9} "
        + $"[{string.Join(", ", e.Participants.Select(p => $"{p.Role.ToWire()}:{p.Actor}"))}] "
        + $"{e.Time?.Value ?? "undated"} x{e.Mentions.Length} '{e.Primary.Trigger}' {e.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)} @{e.Primary.Sentence.Begin}";
}
