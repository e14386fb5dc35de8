using Timeline.Core.Documents;

namespace Timeline.Core.Relations;

/// <summary>Where in which document a fact was read.</summary>
public sealed record Evidence(DocumentId Document, TextSpan Span);
