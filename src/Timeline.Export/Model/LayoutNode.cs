namespace Timeline.Export.Model;

/// <summary>A placed actor of the HTML graph.</summary>
internal sealed record LayoutNode(string Id, string Name, double X, double Y, int Events);
