using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Benchmarks;

/// <summary>A deterministic synthetic corpus for load benchmarks: invented articles with ten events each between a
/// thousand invented actors, shaped like the extractor's output (mentions, a relation, dated events).</summary>
internal static class SyntheticNews
{
    public static IReadOnlyList<DocumentExtraction> Generate(int documents, int eventsPerDocument = 10, int actors = 1000)
    {
        var result = new List<DocumentExtraction>(documents);
        var types = Enum.GetValues<EventType>();
        var firstDay = new LocalDate(2022, 1, 1);
        for (var d = 0; d < documents; d++)
        {
            var id = new DocumentId("synthetic-" + d.ToString("D6", CultureInfo.InvariantCulture));
            var published = firstDay.PlusDays(d % 365);
            var sentences = new List<string>();
            var mentions = ImmutableArray.CreateBuilder<Mention>();
            var listed = new SortedDictionary<int, Actor>();
            var events = ImmutableArray.CreateBuilder<Event>();
            var offset = 0;
            for (var e = 0; e < eventsPerDocument; e++)
            {
                var a = ((d * 7) + (e * 13)) % actors;
                var b = ((d * 11) + (e * 17) + 1) % actors;
                if (a == b)
                {
                    b = (b + 1) % actors;
                }

                var (nameA, nameB) = (Name(a), Name(b));
                var sentence = $"{nameA} traf sich am Montag mit {nameB} zu Gesprächen.";
                var span = new TextSpan(offset, offset + sentence.Length);
                mentions.Add(new Mention(new TextSpan(offset, offset + nameA.Length), nameA, Id(a), ActorKind.Person));
                var bAt = offset + sentence.IndexOf(nameB, StringComparison.Ordinal);
                mentions.Add(new Mention(new TextSpan(bAt, bAt + nameB.Length), nameB, Id(b), ActorKind.Person));
                listed[a] = new Actor(Id(a), nameA, ActorKind.Person, []);
                listed[b] = new Actor(Id(b), nameB, ActorKind.Person, []);
                var type = types[(d + e) % types.Length];
                var day = published.PlusDays(-(e % 7));
                var time = EventTime.Day(day);
                var participants = ImmutableArray.Create(new Participant(Id(a), ParticipantRole.Source), new Participant(Id(b), ParticipantRole.Target));
                var triggerAt = offset + nameA.Length + 1;
                var mention = new EventMention(id, span, sentence, "traf", new TextSpan(triggerAt, triggerAt + 4), Modality.Asserted, 0.8,
                    new TimeEvidence("am Montag", new TextSpan(triggerAt + 9, triggerAt + 18)));
                var eventId = EventIdentity.For(type, [Id(a), Id(b)], time, id, span.Begin);
                if (events.All(x => x.Id != eventId))
                {
                    events.Add(new Event(eventId, type, "meeting", Modality.Asserted, time, participants, 0.8, [mention]));
                }

                sentences.Add(sentence);
                offset += sentence.Length + 1;
            }

            var text = string.Join(' ', sentences);
            var first = listed.Keys.First();
            var relation = new Relation(Id(first), RelationType.MemberOf, Id(listed.Keys.Last()), null, published,
                new Evidence(id, new TextSpan(0, Name(first).Length)));
            var info = new DocumentInfo(id, "Synthetische Meldung " + d.ToString(CultureInfo.InvariantCulture), Language.German,
                new OffsetDateTime(published.At(new LocalTime(10, 0)), Offset.FromHours(1)), "Synthetic Post", null, id.Value);
            result.Add(new DocumentExtraction(new Document(info, text), [], mentions.ToImmutable(), [.. listed.Values], [relation], events.ToImmutable()));
        }

        return result;
    }

    private static ActorId Id(int actor) => new("person-" + actor.ToString("D4", CultureInfo.InvariantCulture));

    private static string Name(int actor) => "Person " + actor.ToString("D4", CultureInfo.InvariantCulture);
}
