using Timeline.Evaluation.SemEval;

namespace Timeline.Evaluation.Tests.SemEval;

/// <summary>The TimeLine scorer on tiny hand-made timelines whose temporal awareness is worked out by hand in each test.</summary>
public sealed class TemporalAwarenessTests
{
    // Two events in order: a (2010-01-04) before b (2010-02-01).
    // Relations: a = t:2010-01-04, b = t:2010-02-01, a < b; none is entailed by the earlier ones, so the reduced graph has 3.
    private const string TwoEvents = "Northwind\n1\t2010-01-04\t7-2-sold\n2\t2010-02-01\t7-5-delivered\n";

    [Fact]
    public void A_timeline_scored_against_itself_is_perfect()
    {
        var gold = GoldTimelines.Parse(TwoEvents);
        var score = TemporalAwareness.Score(gold, gold);
        Assert.Equal(new AwarenessCounts(3, 3, 3, 3), score);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void A_missing_event_costs_its_anchor_and_its_ordering_in_recall_only()
    {
        var gold = GoldTimelines.Parse(TwoEvents);
        var system = GoldTimelines.Parse("Northwind\n1\t2010-01-04\t7-2-sold\n");

        var score = TemporalAwareness.Score(gold, system);

        // System: a = t:2010-01-04 (entailed by gold) -> P = 1/1. Gold: only a = t:2010-01-04 holds in the system -> R = 1/3.
        Assert.Equal(new AwarenessCounts(1, 1, 1, 3), score);
        Assert.Equal(0.5, score.F1, 10);
    }

    [Fact]
    public void Swapped_dates_and_order_match_nothing()
    {
        var gold = GoldTimelines.Parse(TwoEvents);
        var system = GoldTimelines.Parse("Northwind\n1\t2010-01-04\t7-5-delivered\n2\t2010-02-01\t7-2-sold\n");

        var score = TemporalAwareness.Score(gold, system);

        Assert.Equal(new AwarenessCounts(0, 3, 0, 3), score);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void An_ordering_implied_by_the_gold_closure_counts_for_precision()
    {
        // Gold a < b < c; the system skips b and orders a < c directly, which the gold closure entails.
        var gold = GoldTimelines.Parse("X\n1\t2010-01-04\t1-1-a\n2\t2010-01-05\t1-2-b\n3\t2010-01-06\t1-3-c\n");
        var system = GoldTimelines.Parse("X\n1\t2010-01-04\t1-1-a\n2\t2010-01-06\t1-3-c\n");

        var score = TemporalAwareness.Score(gold, system);

        // System reduced: a = t1, c = t3, a < c: all in the gold closure -> P = 3/3.
        // Gold reduced: a = t1, b = t2, c = t3, a < b, b < c: the system closure holds a = t1 and c = t3 -> R = 2/5.
        Assert.Equal(new AwarenessCounts(3, 3, 2, 5), score);
        Assert.Equal(2 * 1.0 * 0.4 / 1.4, score.F1, 10);
    }

    [Fact]
    public void Coreferent_mentions_on_one_line_are_simultaneous_and_share_the_anchor()
    {
        var gold = GoldTimelines.Parse("X\n1\t2010-01-04\t1-1-deal\t2-3-agreement\n");
        var system = GoldTimelines.Parse("X\n1\t2010-01-04\t2-3-agreement\n");

        var score = TemporalAwareness.Score(gold, system);

        // Gold reduced: deal = t1, agreement = t1 (deal = agreement is then entailed) -> 2; the system holds the second.
        Assert.Equal(new AwarenessCounts(1, 1, 1, 2), score);
    }

    [Fact]
    public void Undated_events_of_order_zero_precede_the_dated_ones()
    {
        var gold = GoldTimelines.Parse("X\n0\tXXXX-XX-XX\t1-1-a\n1\t2010-01-04\t1-2-b\n");
        var reversed = GoldTimelines.Parse("X\n1\t2010-01-04\t1-1-a\n2\t2010-01-05\t1-2-b\n");

        var score = TemporalAwareness.Score(gold, reversed);

        // System reduced: a = t:2010-01-04 (no), b = t:2010-01-05 (no), a < b (yes, 0 before 1) -> P = 1/3; symmetric R = 1/3.
        Assert.Equal(new AwarenessCounts(1, 3, 1, 3), score);
    }

    [Fact]
    public void A_missing_system_timeline_scores_zero_against_the_gold_relations()
    {
        var score = TemporalAwareness.Score(GoldTimelines.Parse(TwoEvents), null);
        Assert.Equal(new AwarenessCounts(0, 0, 0, 3), score);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Counts_are_summed_before_dividing()
    {
        var total = new AwarenessCounts(1, 1, 1, 3).Add(new AwarenessCounts(0, 3, 0, 1));
        Assert.Equal(new AwarenessCounts(1, 4, 1, 4), total);
        Assert.Equal(0.25, total.Precision);
        Assert.Equal(0.25, total.Recall);
    }
}
