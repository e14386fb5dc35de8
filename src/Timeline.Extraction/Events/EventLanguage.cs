using Timeline.Core.Documents;

namespace Timeline.Extraction.Events;

/// <summary>Everything the extractor knows about one language: triggers, cues and the readers built on them.</summary>
internal sealed class EventLanguage
{
    private EventLanguage(Language language, TriggerLexicon triggers, CueLexicon cues)
    {
        (Language, Triggers, Cues) = (language, triggers, cues);
        Participants = new ParticipantFinder(language, cues);
        Modality = new ModalityReader(language, cues);
    }

    public Language Language { get; }

    public TriggerLexicon Triggers { get; }

    public CueLexicon Cues { get; }

    public ParticipantFinder Participants { get; }

    public ModalityReader Modality { get; }

    public static EventLanguage Load(Language language, EventCoverage coverage = EventCoverage.Standard) =>
        new(language, TriggerLexicon.Load(language, coverage), CueLexicon.Load(language));
}
