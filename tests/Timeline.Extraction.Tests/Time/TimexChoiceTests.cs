using Timeline.Core.Documents;
using Timeline.Core.Time;
using Timeline.Extraction.Time;

namespace Timeline.Extraction.Tests.Time;

/// <summary>How the tagger settles overlapping proposals: longest, leftmost, priority, then rule order.</summary>
public sealed class TimexChoiceTests
{
    private static TimexCandidate Proposal(int begin, int end, int rule, string value, int priority = 0) =>
        new(begin, end, _ => new TimexMeaning(TimexType.Date, value, null), priority) { Rule = rule };

    private static string? ValueOf(TimexCandidate candidate) => candidate.Resolve(null!)?.Value;

    [Fact]
    public void Of_two_proposals_with_the_same_span_and_priority_the_earlier_rule_wins_whatever_the_order_found()
    {
        var chosen = TimexTagger.Choose([Proposal(4, 10, 7, "late"), Proposal(4, 10, 2, "early")]);
        Assert.Equal("early", ValueOf(Assert.Single(chosen)));
    }

    [Fact]
    public void Rule_order_decides_among_many_same_span_proposals_in_any_input_order()
    {
        // 60 proposals for each of five spans, rules 0..59 in a scrambled order: enough for the sort to partition
        // (an unstable sort would keep an arbitrary one of the equal-key proposals).
        for (var shift = 0; shift < 5; shift++)
        {
            var candidates = new List<TimexCandidate>();
            for (var span = 0; span < 5; span++)
            {
                for (var k = 0; k < 60; k++)
                {
                    var rule = ((k * 37) + shift * 11) % 60;
                    candidates.Add(Proposal(span * 20, (span * 20) + 8, rule, "rule " + rule.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { Sequence = candidates.Count });
                }
            }

            var chosen = TimexTagger.Choose(candidates);
            Assert.Equal(5, chosen.Count);
            Assert.All(chosen, c => Assert.Equal("rule 0", ValueOf(c)));
        }
    }

    [Fact]
    public void Priority_comes_before_rule_order_and_length_before_both()
    {
        var chosen = TimexTagger.Choose([Proposal(0, 6, 0, "low"), Proposal(0, 6, 5, "high", priority: 1), Proposal(20, 26, 0, "short"), Proposal(18, 26, 9, "long")]);
        Assert.Equal(["high", "long"], chosen.Select(ValueOf));
    }

    [Fact]
    public void The_grammar_stamps_each_proposal_with_the_position_of_its_rule()
    {
        var grammar = TaggerFixture.Tagger.GrammarFor(Language.English);
        var candidates = new CandidateCollection("The plant closed on Monday, March 7, 2022, after three weeks of talks.");
        grammar.Scan(candidates);
        Assert.True(candidates.Count >= 3);
        Assert.Contains(candidates, c => c.Rule > 0);
        Assert.Equal(Enumerable.Range(0, candidates.Count), candidates.Select(c => c.Sequence));
    }
}
