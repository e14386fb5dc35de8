using Timeline.Core.Documents;

namespace Timeline.Core.Actors;

/// <summary>A place in a text that names or refers to an actor.</summary>
/// <param name="Span">Where it stands.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Actor">The actor it resolves to.</param>
/// <param name="Kind">The kind of that actor.</param>
public sealed record Mention(TextSpan Span, string Text, ActorId Actor, ActorKind Kind);
