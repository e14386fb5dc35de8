using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Actors;

/// <summary>A phrase that stands for several actors named before: "beide Seiten", "both sides" -> [russia, usa].</summary>
/// <param name="Span">Where the phrase stands.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Members">The actors it refers to, most recently named first.</param>
public sealed record GroupReference(TextSpan Span, string Text, ImmutableArray<ActorId> Members)
{
    public bool Equals(GroupReference? other) =>
        other is not null && Span == other.Span && Text == other.Text && Members.SequenceEqual(other.Members);

    public override int GetHashCode() => HashCode.Combine(Span, Text);
}
