namespace Timeline.Extraction.Actors;

/// <summary>What a surface form in the gazetteer points to: an <see cref="ActorDictionary"/> entry, or a place of the
/// place list (for <see cref="SurfaceKind.Place"/> and <see cref="SurfaceKind.AmbiguousPlace"/>).</summary>
internal readonly record struct Surface(int Target, SurfaceKind Kind);
