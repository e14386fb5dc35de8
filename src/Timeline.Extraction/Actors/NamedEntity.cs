using Timeline.Core.Actors;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Actors;

/// <summary>A named entity of any kind: a person, a place (countries included) or an organisation, whether or not it
/// is an actor of interest.</summary>
/// <param name="Span">Where it stands.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Class">Person, location or organisation.</param>
/// <param name="Actor">The dictionary actor it resolves to, or the slug of its name.</param>
public sealed record NamedEntity(TextSpan Span, string Text, NamedEntityClass Class, ActorId Actor);
