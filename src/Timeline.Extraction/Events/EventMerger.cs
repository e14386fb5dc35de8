using System.Collections.Immutable;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Extraction.Events;

/// <summary>Folds the mentions of one document into events: two mentions are one event when type and mode agree, their
/// roles do not contradict (the same role never names two different actors, and a symmetric event ignores roles) and
/// their times are compatible (equal, one unknown, or one an inferred range holding the other). Events that end up
/// without any source or target actor are dropped: "beide Seiten wollen telefonieren" only counts as a further mention
/// of a call whose parties are named elsewhere.</summary>
internal static class EventMerger
{
    public static ImmutableArray<Event> Merge(DocumentId document, IReadOnlyList<EventCandidate> candidates)
    {
        var clusters = new List<Cluster>();
        // Mentions with actors seed clusters first, so an actor-less mention joins the best-fitting named event.
        for (var i = 0; i < 2 * candidates.Count; i++)
        {
            var candidate = candidates[i % candidates.Count];
            if (candidate.HasActors != i < candidates.Count)
            {
                continue;
            }

            Cluster? cluster = null;
            foreach (var c in clusters)
            {
                if (c.Accepts(candidate))
                {
                    cluster = c;
                    break;
                }
            }

            if (cluster is null)
            {
                if (candidate.HasActors)
                {
                    clusters.Add(new Cluster(candidate));
                }

                continue;
            }

            cluster.Add(candidate);
        }

        var events = new List<Event>(clusters.Count);
        foreach (var cluster in clusters)
        {
            events.Add(cluster.ToEvent(document));
        }

        StableSort.Apply(events, (a, b) => a.Primary.TriggerSpan.Begin != b.Primary.TriggerSpan.Begin
            ? a.Primary.TriggerSpan.Begin.CompareTo(b.Primary.TriggerSpan.Begin)
            : string.CompareOrdinal(a.Id.Value, b.Id.Value));
        return [.. events];
    }


    private sealed class Cluster
    {
        private readonly List<EventCandidate> _members = [];

        public Cluster(EventCandidate first) => Add(first);

        private EventCandidate First => _members[0];

        public void Add(EventCandidate candidate) => _members.Add(candidate);

        public bool Accepts(EventCandidate candidate)
        {
            if (candidate.Type != First.Type)
            {
                return false;
            }

            foreach (var member in _members)
            {
                if (!ModesCompatible(member.Mode, candidate.Mode) || !TimesCompatible(member.Time, candidate.Time) || !RolesCompatible(member, candidate)
                    || PlanAndActDiffer(member, candidate))
                {
                    return false;
                }
            }

            return true;
        }

        public Event ToEvent(DocumentId document)
        {
            // Most events have one mention: nothing to order or choose.
            var single = _members.Count == 1;
            var mentions = single ? [First.Mention] : Mentions();
            var strongest = First;
            foreach (var m in _members)
            {
                // The most confident mention, the earliest of equally confident ones.
                if (m.Mention.Confidence > strongest.Mention.Confidence
                    || (m.Mention.Confidence == strongest.Mention.Confidence && m.Mention.TriggerSpan.Begin < strongest.Mention.TriggerSpan.Begin))
                {
                    strongest = m;
                }
            }

            var time = single ? First.Time.Time : BestTime();
            var participants = Participants();
            var confidence = Math.Min(0.99, Math.Round(strongest.Mention.Confidence + (0.05 * (mentions.Length - 1)), 2));
            var actors = new List<ActorId>(participants.Length);
            foreach (var p in participants)
            {
                if (p.Role != ParticipantRole.Location)
                {
                    actors.Add(p.Actor);
                }
            }

            var id = EventIdentity.For(First.Type, actors, time, document, mentions[0].Sentence.Begin);
            var mode = strongest.Mode;
            foreach (var m in _members)
            {
                mode ??= m.Mode;
            }

            return new Event(id, First.Type, mode, strongest.Mention.Modality, time, participants, confidence, mentions);
        }

        private ImmutableArray<EventMention> Mentions()
        {
            var mentions = new List<EventMention>(_members.Count);
            foreach (var m in _members)
            {
                mentions.Add(m.Mention);
            }

            StableSort.Apply(mentions, (a, b) => a.TriggerSpan.Begin.CompareTo(b.TriggerSpan.Begin));
            return [.. mentions];
        }

        /// <summary>The shortest time read from the text (the earliest mention of equally short ones), else the shortest
        /// time of any mention (the first of equally short ones).</summary>
        private EventTime? BestTime()
        {
            EventCandidate? fromText = null;
            EventCandidate? shortest = null;
            foreach (var m in _members)
            {
                if (m.Time.Time is not { } time)
                {
                    continue;
                }

                if (shortest is null || time.Days < shortest.Time.Time!.Days)
                {
                    shortest = m;
                }

                if (!m.Time.Inferred && (fromText is null || time.Days < fromText.Time.Time!.Days
                    || (time.Days == fromText.Time.Time!.Days && m.Mention.TriggerSpan.Begin < fromText.Mention.TriggerSpan.Begin)))
                {
                    fromText = m;
                }
            }

            return (fromText ?? shortest)?.Time.Time;
        }

        private ImmutableArray<Participant> Participants()
        {
            var sources = new List<ActorId>();
            var targets = new List<ActorId>();
            var locations = new List<ActorId>();
            var byActors = new List<EventCandidate>(_members);
            StableSort.Apply(byActors, (a, b) => a.Sources.Length + a.Targets.Length != b.Sources.Length + b.Targets.Length
                ? (b.Sources.Length + b.Targets.Length).CompareTo(a.Sources.Length + a.Targets.Length)
                : a.Mention.TriggerSpan.Begin.CompareTo(b.Mention.TriggerSpan.Begin));
            foreach (var member in byActors)
            {
                foreach (var actor in member.Sources)
                {
                    if (!sources.Contains(actor) && !targets.Contains(actor) && (sources.Count == 0 || First.Symmetric || member.Sources.Length > 1))
                    {
                        sources.Add(actor);
                    }
                }

                foreach (var actor in member.Targets)
                {
                    if (!sources.Contains(actor) && !targets.Contains(actor))
                    {
                        targets.Add(actor);
                    }
                }

                foreach (var location in member.Locations)
                {
                    if (!locations.Contains(location))
                    {
                        locations.Add(location);
                    }
                }
            }

            var all = new List<Participant>(sources.Count + targets.Count + locations.Count);
            foreach (var source in sources)
            {
                all.Add(new Participant(source, ParticipantRole.Source));
            }

            foreach (var target in targets)
            {
                all.Add(new Participant(target, ParticipantRole.Target));
            }

            foreach (var location in locations)
            {
                if (!sources.Contains(location) && !targets.Contains(location))
                {
                    all.Add(new Participant(location, ParticipantRole.Location));
                }
            }

            // Role and actor are unique per participant, so this (unstable) sort orders as a stable one would.
            all.Sort((x, y) => x.Role != y.Role ? x.Role.CompareTo(y.Role) : string.CompareOrdinal(x.Actor.Value, y.Actor.Value));
            return [.. all];
        }

        private bool RolesCompatible(EventCandidate a, EventCandidate b)
        {
            if (First.Symmetric)
            {
                // A call between A and B: one party set holding the other, or one side unnamed.
                return !a.HasActors || !b.HasActors || AllNamedBy(a, b) || AllNamedBy(b, a);
            }

            return Compatible(a.Sources, b.Sources) && Compatible(a.Targets, b.Targets)
                && !Overlap(a.Sources, b.Targets) && !Overlap(a.Targets, b.Sources);
        }

        /// <summary>A plan and an act (planned against asserted or reported) of a directed type are two events when the
        /// plan names participants but lacks one the act names ("Die EU hat Russland aufgefordert ... Zudem will die EU
        /// eine Untersuchung fordern"; different days are already incompatible times). A plan that names no one
        /// ("Heute wollen beide Seiten telefonieren"), or names more than a background mention of the act ("US-Truppen
        /// nach Osteuropa verlegen" and "in Europa stationierte US-Soldaten"), stays one event with it.</summary>
        private static bool PlanAndActDiffer(EventCandidate a, EventCandidate b)
        {
            if ((a.Mention.Modality == Modality.Planned) == (b.Mention.Modality == Modality.Planned)
                || a.Mention.Modality is Modality.Hypothetical or Modality.Negated or Modality.Postponed
                || b.Mention.Modality is Modality.Hypothetical or Modality.Negated or Modality.Postponed)
            {
                return false;
            }

            // Symmetric events keep their subset rule (RolesCompatible): "He's expected to meet with Iraqi ..." with an
            // unresolved "he" still names the same talks.
            var (plan, act) = a.Mention.Modality == Modality.Planned ? (a, b) : (b, a);
            return !a.Symmetric && plan.HasActors && !AllNamedBy(act, plan);
        }

        /// <summary>Modes agree when equal, when one is unknown, or for talks and a meeting.</summary>
        private static bool ModesCompatible(string? a, string? b) =>
            a is null || b is null || a == b || (a, b) is ("talks", "meeting") or ("meeting", "talks");

        private static bool Compatible(ImmutableArray<ActorId> a, ImmutableArray<ActorId> b) =>
            a.IsEmpty || b.IsEmpty || Overlap(a, b);

        private static bool Overlap(ImmutableArray<ActorId> a, ImmutableArray<ActorId> b)
        {
            foreach (var actor in a)
            {
                if (b.Contains(actor))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether every source and target of <paramref name="a"/> is one of <paramref name="b"/>.</summary>
        private static bool AllNamedBy(EventCandidate a, EventCandidate b)
        {
            foreach (var actor in a.Sources)
            {
                if (!b.Sources.Contains(actor) && !b.Targets.Contains(actor))
                {
                    return false;
                }
            }

            foreach (var actor in a.Targets)
            {
                if (!b.Sources.Contains(actor) && !b.Targets.Contains(actor))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool TimesCompatible(DatedTime a, DatedTime b)
        {
            if (a.Time is null || b.Time is null)
            {
                return true;
            }

            var (x, y) = (a.Time, b.Time);
            if (x.Start == y.Start && x.End == y.End)
            {
                return true;
            }

            // An inferred window, or a time expression of a month, quarter or year ("the August bombing"), is a vaguer
            // reference to an act it holds.
            return ((a.Inferred || IsCoarse(x)) && Holds(x, y)) || ((b.Inferred || IsCoarse(y)) && Holds(y, x));
        }

        private static bool IsCoarse(EventTime time) => time.Granularity is Granularity.Month or Granularity.Quarter or Granularity.Year;

        private static bool Holds(EventTime outer, EventTime inner) => outer.Start <= inner.Start && inner.End <= outer.End;
    }
}
