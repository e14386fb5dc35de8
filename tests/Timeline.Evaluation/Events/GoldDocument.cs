namespace Timeline.Evaluation.Events;

/// <summary>The annotation of one article: its dataset and id (the text stays in ../shared), the begin offsets of
/// sentences that state an event, and its events.</summary>
internal sealed record GoldDocument(string Dataset, string Id, IReadOnlyList<int> EventSentences, IReadOnlyList<GoldEvent> Events);
