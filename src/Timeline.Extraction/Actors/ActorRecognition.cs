using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Relations;

namespace Timeline.Extraction.Actors;

/// <summary>The actors of one document: mentions in text order (coreference resolved), the actors by id and the
/// relations (roles) read from the text.</summary>
/// <param name="Mentions">Non-overlapping mentions in text order.</param>
/// <param name="Actors">Every actor a mention or relation refers to, sorted by id.</param>
/// <param name="Relations">HOLDS_ROLE, PART_OF and MEMBER_OF relations, in text order of their evidence.</param>
public sealed record ActorRecognition(ImmutableArray<Mention> Mentions, ImmutableArray<Actor> Actors, ImmutableArray<Relation> Relations)
{
    /// <summary>Phrases that refer to several actors at once ("beide Seiten"), for the event extractor; they are not
    /// mentions (a mention has one actor).</summary>
    public ImmutableArray<GroupReference> Groups { get; init; } = [];
}
