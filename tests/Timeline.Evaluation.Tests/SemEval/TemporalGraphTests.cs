using Timeline.Evaluation.SemEval;

namespace Timeline.Evaluation.Tests.SemEval;

public sealed class TemporalGraphTests
{
    [Fact]
    public void A_relation_entailed_by_earlier_ones_leaves_the_reduced_graph()
    {
        var graph = TemporalGraph.Build(
        [
            new("a", "b", RelationType.Before),
            new("b", "c", RelationType.Before),
            new("a", "c", RelationType.Before),
        ]);

        Assert.Equal(2, graph.Reduced.Count);
        Assert.True(graph.Entails(new("a", "c", RelationType.Before)));
        Assert.False(graph.Entails(new("c", "a", RelationType.Before)));
    }

    [Fact]
    public void Simultaneous_intervals_share_their_order()
    {
        var graph = TemporalGraph.Build(
        [
            new("a", "t1", RelationType.Simultaneous),
            new("b", "t1", RelationType.Simultaneous),
            new("b", "c", RelationType.Before),
        ]);

        Assert.True(graph.Entails(new("a", "b", RelationType.Simultaneous)));
        Assert.True(graph.Entails(new("a", "c", RelationType.Before)));
        Assert.False(graph.Entails(new("a", "c", RelationType.Simultaneous)));
        Assert.False(graph.Entails(new("a", "unknown", RelationType.Before)));
    }

    [Fact]
    public void A_contradicting_relation_stays_in_the_reduced_graph_but_not_in_the_closure()
    {
        var graph = TemporalGraph.Build(
        [
            new("a", "b", RelationType.Before),
            new("b", "a", RelationType.Before),
        ]);

        Assert.Equal(2, graph.Reduced.Count);
        Assert.False(graph.Entails(new("b", "a", RelationType.Before)));
        Assert.True(graph.Matches(new("b", "a", RelationType.Before)));
    }
}
