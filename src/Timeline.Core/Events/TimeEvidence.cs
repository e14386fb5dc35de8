using Timeline.Core.Documents;

namespace Timeline.Core.Events;

/// <summary>The time expression an event was dated by: its text and where it stands.</summary>
public sealed record TimeEvidence(string Text, TextSpan Span);
