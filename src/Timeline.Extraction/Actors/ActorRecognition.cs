using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Relations;

namespace Timeline.Extraction.Actors;

/// <summary>The actors of one document: mentions in text order (coreference resolved), the actors by id and the
/// relations (roles) read from the text.</summary>
public sealed record ActorRecognition(ImmutableArray<Mention> Mentions, ImmutableArray<Actor> Actors, ImmutableArray<Relation> Relations);
