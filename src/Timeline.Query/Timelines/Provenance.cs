using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Query.Timelines;

/// <summary>Where a row was read: the article and the sentence of the event's first mention.</summary>
/// <param name="Document">The article id.</param>
/// <param name="Title">The article title, or an empty string when unknown.</param>
/// <param name="Source">The outlet, or null.</param>
/// <param name="Published">The publication time, or null.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="SentenceBegin">Where the sentence starts in the article text.</param>
/// <param name="Trigger">The word that signals the event.</param>
/// <param name="Mentions">How many mentions (in any article) the event has.</param>
public sealed record Provenance(
    DocumentId Document,
    string Title,
    string? Source,
    OffsetDateTime? Published,
    string Sentence,
    int SentenceBegin,
    string Trigger,
    int Mentions)
{
    /// <summary>Every mention of the event (in any article), in document and text order; empty when not known.</summary>
    public ImmutableArray<MentionEvidence> Evidence { get; init; } = [];
}
