using Timeline.Core.Documents;

namespace Timeline.Core.Events;

/// <summary>One place where an event is reported: the provenance of an <see cref="Event"/>.</summary>
/// <param name="Document">The article.</param>
/// <param name="Sentence">The sentence's span in the article text.</param>
/// <param name="SentenceText">The sentence's text, equal to <c>Sentence.Of(text)</c>.</param>
/// <param name="Trigger">The word or phrase that signals the event (<c>telefonieren</c>).</param>
/// <param name="TriggerSpan">Where the trigger stands (its first part for a separable verb).</param>
/// <param name="Modality">How this sentence presents the event.</param>
/// <param name="Confidence">How sure this mention is, 0..1.</param>
/// <param name="TimeEvidence">The time expression it was dated by, or null when the date was inferred.</param>
public sealed record EventMention(
    DocumentId Document,
    TextSpan Sentence,
    string SentenceText,
    string Trigger,
    TextSpan TriggerSpan,
    Modality Modality,
    double Confidence,
    TimeEvidence? TimeEvidence);
