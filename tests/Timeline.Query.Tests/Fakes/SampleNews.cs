using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Query.Tests.Fakes;

/// <summary>Three invented articles (two English, one German) with ministers, countries, an alliance, a dated and an
/// undated article, uncertain dates and an actor with a hostile name. All text is written for these tests.</summary>
public static class SampleNews
{
    public static readonly Actor Blinken = new(new ActorId("antony-blinken"), "Antony Blinken", ActorKind.Person, ["Blinken"]);
    public static readonly Actor Lavrov = new(new ActorId("sergei-lavrov"), "Sergei Lavrov", ActorKind.Person, ["Lawrow"]);
    public static readonly Actor Baerbock = new(new ActorId("annalena-baerbock"), "Annalena Baerbock", ActorKind.Person, []);
    public static readonly Actor Usa = new(new ActorId("usa"), "USA", ActorKind.Country, ["United States", "Vereinigte Staaten"]);
    public static readonly Actor Russia = new(new ActorId("russia"), "Russia", ActorKind.Country, ["Russland"]);
    public static readonly Actor Germany = new(new ActorId("germany"), "Germany", ActorKind.Country, ["Deutschland"]);
    public static readonly Actor Ukraine = new(new ActorId("ukraine"), "Ukraine", ActorKind.Country, []);
    public static readonly Actor Nato = new(new ActorId("nato"), "NATO", ActorKind.Organization, []);
    public static readonly Actor Chile = new(new ActorId("chile"), "Chile", ActorKind.Country, []);
    public static readonly Actor Peru = new(new ActorId("peru"), "Peru", ActorKind.Country, []);

    /// <summary>A name built to break every escaping: quotes, backslash, markup, a newline, a control character.</summary>
    public static readonly Actor Hostile = new(
        new ActorId("hostile-group"), "Bob \"Drop\" O'Neil \\ </script><b>&amp; '); MATCH (n) DETACH DELETE n; //\nline\u0001", ActorKind.Group, ["]]>", "a;b|c"]);

    public static OffsetDateTime At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 9, 30).WithOffset(Offset.FromHours(1));

    public static IReadOnlyList<DocumentExtraction> Articles() =>
    [
        new ArticleBuilder("wire-0305", "Blinken and Lavrov speak by phone", Language.English, At(2024, 3, 5), "Example Wire")
            .Sentence("US Secretary of State Antony Blinken spoke by phone with Russian Foreign Minister Sergei Lavrov on Monday.")
            .Sentence("Blinken accused Russia during the week of stalling the grain talks.")
            .Sentence("Both plan to meet in Geneva in April.")
            .Sentence("Lavrov said the talks had been useful.")
            .Sentence("Blinken will also meet Annalena Baerbock on Friday.")
            .Event(0, "spoke by phone", EventType.Consult, EventTime.Day(new LocalDate(2024, 3, 4)), Modality.Asserted, "phone", 0.9,
                (Blinken, ParticipantRole.Source), (Lavrov, ParticipantRole.Target))
            .Event(1, "accused", EventType.Accuse, new EventTime(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 10), Granularity.Week, "2024-W10"),
                Modality.Asserted, null, 0.8, (Blinken, ParticipantRole.Source), (Russia, ParticipantRole.Target))
            .Event(2, "meet", EventType.Consult, new EventTime(new LocalDate(2024, 4, 1), new LocalDate(2024, 4, 30), Granularity.Month, "2024-04"),
                Modality.Planned, "meeting", 0.7, (Blinken, ParticipantRole.Participant), (Lavrov, ParticipantRole.Participant))
            .Event(3, "said", EventType.Statement, null, Modality.Asserted, null, 0.6, (Lavrov, ParticipantRole.Source))
            .Event(4, "meet", EventType.Consult, EventTime.Day(new LocalDate(2024, 3, 8)), Modality.Planned, "meeting", 0.75,
                (Blinken, ParticipantRole.Participant), (Baerbock, ParticipantRole.Participant))
            .Relation(Blinken, RelationType.HoldsRole, Usa, "Secretary of State", 0)
            .Relation(Lavrov, RelationType.HoldsRole, Russia, "Foreign Minister", 0)
            .Build(),
        new ArticleBuilder("tagesschau-0312", "Baerbock sagt der Ukraine Hilfe zu", Language.German, At(2024, 3, 12), "tagesschau")
            .Sentence("Außenministerin Annalena Baerbock traf Antony Blinken am Freitag in Berlin.")
            .Sentence("Deutschland sagte der Ukraine am Montag weitere Hilfe zu.")
            .Sentence("Russland griff die Ukraine am Samstag erneut an.")
            .Sentence("Die USA verhängten am Dienstag neue Sanktionen gegen Russland.")
            .Sentence("Deutschland ist Mitglied der NATO.")
            .Event(0, "traf", EventType.Consult, EventTime.Day(new LocalDate(2024, 3, 8)), Modality.Planned, "meeting", 0.85,
                (Baerbock, ParticipantRole.Participant), (Blinken, ParticipantRole.Participant))
            .Event(1, "Hilfe", EventType.Aid, EventTime.Day(new LocalDate(2024, 3, 11)), Modality.Asserted, null, 0.8,
                (Germany, ParticipantRole.Source), (Ukraine, ParticipantRole.Target))
            .Event(2, "griff", EventType.Assault, EventTime.Day(new LocalDate(2024, 3, 9)), Modality.Asserted, null, 0.9,
                (Russia, ParticipantRole.Source), (Ukraine, ParticipantRole.Target))
            .Event(3, "Sanktionen", EventType.Sanction, EventTime.Day(new LocalDate(2024, 3, 12)), Modality.Asserted, null, 0.85,
                (Usa, ParticipantRole.Source), (Russia, ParticipantRole.Target))
            .Relation(Baerbock, RelationType.HoldsRole, Germany, "Außenministerin", 0)
            .Relation(Germany, RelationType.MemberOf, Nato, null, 4)
            .Build(),
        new ArticleBuilder("blog-undated", "Notes from the region", Language.English, null, "Example Wire")
            .Sentence("Chile and Peru agreed on a fishing accord on 20 February 2024.")
            .Sentence("Peru later said the accord was fair.")
            .Sentence("The group led by Bob threatened the United States on 15 March 2024.")
            .Event(0, "agreed", EventType.Agree, EventTime.Day(new LocalDate(2024, 2, 20)), Modality.Asserted, null, 0.8,
                (Chile, ParticipantRole.Participant), (Peru, ParticipantRole.Participant))
            .Event(1, "said", EventType.Statement, null, Modality.Asserted, null, 0.5, (Peru, ParticipantRole.Source))
            .Event(2, "threatened", EventType.Threaten, EventTime.Day(new LocalDate(2024, 3, 15)), Modality.Asserted, null, 0.7,
                (Hostile, ParticipantRole.Source), (Usa, ParticipantRole.Target))
            .Build(),
    ];

    public static async Task<InMemoryGraphStore> StoreAsync()
    {
        var store = new InMemoryGraphStore();
        await store.WriteAsync(Articles(), CancellationToken.None);
        return store;
    }
}
