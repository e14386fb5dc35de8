namespace Timeline.Export.Model;

/// <summary>Two actors of the HTML graph that share <paramref name="Weight"/> events.</summary>
internal sealed record LayoutEdge(string A, string B, int Weight);
