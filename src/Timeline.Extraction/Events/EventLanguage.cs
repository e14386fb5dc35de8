using Timeline.Core.Documents;

namespace Timeline.Extraction.Events;

/// <summary>Everything the extractor knows about one language: triggers, cues and the readers built on them.</summary>
internal sealed class EventLanguage
{
    private EventLanguage(Language language, TriggerLexicon triggers, CueLexicon cues, int broadFrom)
    {
        (Language, Triggers, Cues, BroadFrom) = (language, triggers, cues, broadFrom);
        Participants = new ParticipantFinder(language, cues);
        Modality = new ModalityReader(language, cues);
    }

    public Language Language { get; }

    public TriggerLexicon Triggers { get; }

    public CueLexicon Cues { get; }

    public ParticipantFinder Participants { get; }

    public ModalityReader Modality { get; }

    /// <summary>Index of the first trigger entry from the broad lexicon (<see cref="EventCoverage.Broad"/>); entries
    /// from there on get <see cref="BroadParticipants"/> when their frame finds no actor.</summary>
    public int BroadFrom { get; }

    public static EventLanguage Load(Language language, EventCoverage coverage = EventCoverage.Standard) =>
        new(language, TriggerLexicon.Load(language, coverage), CueLexicon.Load(language),
            coverage == EventCoverage.Broad ? TriggerLexicon.Load(language).Entries.Length : int.MaxValue);
}
