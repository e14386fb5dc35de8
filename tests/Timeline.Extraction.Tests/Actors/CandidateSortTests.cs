using Timeline.Extraction.Actors;

namespace Timeline.Extraction.Tests.Actors;

/// <summary><see cref="ScanBuffers.SortByPosition"/> orders candidates by start, the longer first at the same start, and
/// in the order they were found when start and end are equal, whether the positions fit its packed keys or not.</summary>
public sealed class CandidateSortTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3_000_000)]
    public void Candidates_sort_by_start_then_longer_first_then_in_the_order_found(int offset)
    {
        (int Begin, int End)[] spans = [(40, 45), (10, 20), (10, 25), (3, 4), (10, 20), (40, 45), (10, 25), (0, 2)];
        var candidates = spans.Select(span => new Candidate { Begin = span.Begin + offset, End = span.End + offset }).ToList();
        var found = candidates.ToList();

        ScanBuffers.Current.SortByPosition(candidates);

        int[] expected = [7, 3, 2, 6, 1, 4, 0, 5];
        Assert.Equal(expected.Select(i => found[i]), candidates);
    }
}
