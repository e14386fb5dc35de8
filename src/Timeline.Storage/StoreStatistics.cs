namespace Timeline.Storage;

/// <summary>Counts of what a store holds.</summary>
public sealed record StoreStatistics(long Documents, long Actors, long Events, long EventMentions, long Relations);
