using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Storage.Tests;

/// <summary>Invented news articles about two invented countries, Nordland and Südmark, written for these tests.</summary>
internal static class Articles
{
    public const string CallSentence = "Südmarks Außenministerin Karla Berger will am Freitag mit ihrem Amtskollegen Tomas Lindqvist aus Nordland telefonieren.";
    public const string TroopsSentence = "Nordland hatte am Wochenende Truppen an die Grenze zu Südmark verlegt.";
    public const string CouncilSentence = "Der Sicherheitsrat, dem Nordland angehört, tagte am Montag in einer Sondersitzung.";

    /// <summary>German, published 2022-02-01: a planned call (Friday 2022-02-04), troops moved at the weekend, a council
    /// session on Monday; two relations.</summary>
    public static ArticleBuilder CallBuilder() =>
        new ArticleBuilder("de-call", $"{CallSentence} {TroopsSentence} {CouncilSentence}", "2022-02-01T10:53:00+01:00", "Abendblatt")
            .Actor("karla-berger", "Karla Berger", ActorKind.Person, "Außenministerin Berger")
            .Actor("tomas-lindqvist", "Tomas Lindqvist")
            .Actor("nordland", "Nordland", ActorKind.Country)
            .Actor("suedmark", "Südmark", ActorKind.Country)
            .Actor("sicherheitsrat", "Sicherheitsrat", ActorKind.Organization)
            .Relation("karla-berger", RelationType.HoldsRole, "suedmark", "Außenministerin", "Südmarks Außenministerin Karla Berger")
            .Relation("nordland", RelationType.MemberOf, "sicherheitsrat", null, "dem Nordland angehört")
            .Event(EventType.Consult, CallSentence, "telefonieren", "2022-02-04", ["karla-berger:source", "tomas-lindqvist:target"],
                Modality.Planned, 0.7, "phone", "am Freitag")
            .Event(EventType.Mobilize, TroopsSentence, "verlegt", "2022-01-29/2022-01-30", ["nordland:source", "suedmark:target"],
                Modality.Asserted, 0.8, "troops", "am Wochenende", Granularity.Weekend)
            .Event(EventType.Consult, CouncilSentence, "tagte", "2022-01-31", ["sicherheitsrat:source", "nordland:participant"],
                Modality.Asserted, 0.9, "meeting", "am Montag");

    public static DocumentExtraction Call() => CallBuilder().Build();

    /// <summary>English, published 2022-02-02: the same planned call, reported, roles the other way round.</summary>
    public static DocumentExtraction Echo() =>
        new ArticleBuilder("en-echo", "Karla Berger and Tomas Lindqvist are expected to speak by phone on Friday, officials said.",
                "2022-02-02T08:00:00+00:00", "Morning Post", Core.Documents.Language.English)
            .Actor("karla-berger", "Karla Berger")
            .Actor("tomas-lindqvist", "Tomas Lindqvist", ActorKind.Person, "Lindqvist")
            .Event(EventType.Consult, "Karla Berger and Tomas Lindqvist are expected to speak by phone on Friday, officials said.", "speak",
                "2022-02-04", ["tomas-lindqvist:source", "karla-berger:target"], Modality.Reported, 0.9, "phone", "on Friday")
            .Build();

    /// <summary>German, published 2022-02-05: a week of talks, a threat on Monday, and the weekend troop move again.</summary>
    public static DocumentExtraction Week() =>
        new ArticleBuilder(
                "de-week",
                "In dieser Woche verhandelten Nordland und Südmark, ebenfalls Mitglied im Sicherheitsrat, über einen Abzug. "
                + "Am Montag drohte Nordland mit Sanktionen. Nordland hatte seine Truppen schon am Wochenende an die Grenze verlegt.",
                "2022-02-05T18:00:00+01:00",
                "ABENDBLATT")
            .Actor("nordland", "Nordland", ActorKind.Country)
            .Actor("suedmark", "Südmark", ActorKind.Country)
            .Actor("sicherheitsrat", "Sicherheitsrat", ActorKind.Organization)
            .Relation("suedmark", RelationType.MemberOf, "sicherheitsrat", null, "Südmark, ebenfalls Mitglied im Sicherheitsrat")
            .Event(EventType.Consult, "In dieser Woche verhandelten Nordland und Südmark, ebenfalls Mitglied im Sicherheitsrat, über einen Abzug.",
                "verhandelten", "2022-01-31/2022-02-06", ["nordland:participant", "suedmark:participant"], Modality.Asserted, 0.75,
                "meeting", "In dieser Woche", Granularity.Week)
            .Event(EventType.Threaten, "Am Montag drohte Nordland mit Sanktionen.", "drohte", "2022-01-31", ["nordland:source"],
                Modality.Asserted, 0.6, null, "Am Montag")
            .Event(EventType.Mobilize, "Nordland hatte seine Truppen schon am Wochenende an die Grenze verlegt.", "verlegt",
                "2022-01-29/2022-01-30", ["nordland:source", "suedmark:target"], Modality.Asserted, 0.95, "troops", "am Wochenende",
                Granularity.Weekend)
            .Build();

    /// <summary>German, published 2022-02-03, Abendblatt Online: two undated events.</summary>
    public static DocumentExtraction Undated() =>
        new ArticleBuilder("de-undated", "Berger kritisierte Nordland scharf. Später rief Lindqvist zur Mäßigung auf.",
                "2022-02-03T07:30:00+01:00", "Abendblatt Online")
            .Actor("karla-berger", "Karla Berger", ActorKind.Person, "Berger")
            .Actor("tomas-lindqvist", "Tomas Lindqvist", ActorKind.Person, "Lindqvist")
            .Actor("nordland", "Nordland", ActorKind.Country)
            .Event(EventType.Accuse, "Berger kritisierte Nordland scharf.", "kritisierte", null, ["karla-berger:source", "nordland:target"])
            .Event(EventType.Request, "Später rief Lindqvist zur Mäßigung auf.", "rief", null, ["tomas-lindqvist:source"], Modality.Asserted, 0.5)
            .Build();

    public static IReadOnlyList<DocumentExtraction> All() => [Call(), Echo(), Week(), Undated()];
}
