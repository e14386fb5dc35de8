using NodaTime;
using Timeline.Core.Events;

namespace Timeline.Evaluation.Events;

/// <summary>One of the seed article's central events: type, accepted source and target actors (an actor or its
/// government, ministry or leader), and a check of modality and date.</summary>
internal sealed record SeedExpectation(
    string Label,
    HashSet<EventType> Types,
    HashSet<string> Sources,
    HashSet<string>? Targets,
    Func<Event, bool> Check,
    string CheckDescription)
{
    public bool Matches(Event e)
    {
        if (!Types.Contains(e.Type))
        {
            return false;
        }

        var sources = e.Participants.Where(p => p.Role == ParticipantRole.Source).Select(p => p.Actor.Value).ToList();
        var targets = e.Participants.Where(p => p.Role == ParticipantRole.Target).Select(p => p.Actor.Value).ToList();
        var symmetric = e.Type == EventType.Consult;
        var all = sources.Concat(targets).ToList();
        var sourceOk = symmetric ? all.Any(Sources.Contains) : sources.Any(Sources.Contains);
        var targetOk = Targets is null || (symmetric ? all.Any(Targets.Contains) : targets.Any(Targets.Contains));
        return sourceOk && targetOk && Check(e);
    }

    public static bool On(Event e, int year, int month, int day) =>
        e.Time is { } t && t.Start == new LocalDate(year, month, day) && t.End == t.Start;

    public static bool Within(Event e, LocalDate from, LocalDate to) =>
        e.Time is { } t && t.Start >= from && t.End <= to;
}
