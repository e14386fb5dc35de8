using System.Collections.Immutable;
using NodaTime;

namespace Timeline.Export.Model;

/// <summary>One period of the activity chart: counts indexed by <see cref="Timeline.Query.Scoring.QuadClass"/>.</summary>
internal sealed record ActivityPoint(string Label, LocalDate Start, ImmutableArray<int> ByClass)
{
    public int Total => ByClass.Sum();
}
