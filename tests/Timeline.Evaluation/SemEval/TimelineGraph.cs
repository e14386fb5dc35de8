namespace Timeline.Evaluation.SemEval;

/// <summary>Turns a timeline into TimeML relations the way the TimeLine task's scorer does in its main mode ("ordering
/// and time anchors", https://alt.qcri.org/semeval2015/task4/index.php?id=tools): every time anchor is a TIMEX3,
/// every event is SIMULTANEOUS with its anchor, an event before another one is BEFORE it, events at the same time are
/// SIMULTANEOUS.</summary>
/// <remarks>Orders are taken literally, as the timeline files state them: the unanchored events of order 0 share the
/// anchor <c>XXXX-XX-XX</c> and come before order 1. Mentions on one line are one event (coreferent): SIMULTANEOUS.
/// BEFORE links go from every event of one order to every event of the next order; later pairs are entailed and drop
/// out of the reduced graph.</remarks>
internal static class TimelineGraph
{
    public static IEnumerable<TemporalRelation> Relations(EntityTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        foreach (var row in timeline.Rows)
        {
            foreach (var mention in row.Mentions)
            {
                yield return new TemporalRelation(mention, "t:" + row.Date, RelationType.Simultaneous);
            }

            for (var i = 1; i < row.Mentions.Length; i++)
            {
                yield return new TemporalRelation(row.Mentions[0], row.Mentions[i], RelationType.Simultaneous);
            }
        }

        var byOrder = timeline.Rows.GroupBy(r => r.Order).OrderBy(g => g.Key).Select(g => g.SelectMany(r => r.Mentions).ToList()).ToList();
        foreach (var group in byOrder)
        {
            for (var i = 1; i < group.Count; i++)
            {
                yield return new TemporalRelation(group[0], group[i], RelationType.Simultaneous);
            }
        }

        for (var o = 1; o < byOrder.Count; o++)
        {
            foreach (var earlier in byOrder[o - 1])
            {
                foreach (var later in byOrder[o])
                {
                    yield return new TemporalRelation(earlier, later, RelationType.Before);
                }
            }
        }
    }
}
