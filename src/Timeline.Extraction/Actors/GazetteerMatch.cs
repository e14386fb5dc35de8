namespace Timeline.Extraction.Actors;

/// <summary>A gazetteer hit: tokens <see cref="First"/>..<see cref="Last"/> (inclusive) form <see cref="Surface"/>.</summary>
internal readonly record struct GazetteerMatch(int First, int Last, Surface Surface);
