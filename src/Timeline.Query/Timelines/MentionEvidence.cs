using Timeline.Core.Documents;

namespace Timeline.Query.Timelines;

/// <summary>One mention of a row's event: where a further (or the first) report of it stands.</summary>
/// <param name="Document">The article id.</param>
/// <param name="SentenceBegin">Where the mention's sentence starts in the article text.</param>
/// <param name="Trigger">The word or phrase that signals the event there.</param>
/// <param name="TriggerBegin">Where the trigger starts in the article text.</param>
/// <param name="TriggerEnd">Where the trigger's first part ends (exclusive).</param>
public sealed record MentionEvidence(DocumentId Document, int SentenceBegin, string Trigger, int TriggerBegin, int TriggerEnd)
{
    /// <summary><c>document@begin-end</c>: the trigger's span, as the <c>evidence</c> column of <c>timeline events</c>
    /// lists it.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Document.Value}@{TriggerBegin}-{TriggerEnd}");
}
