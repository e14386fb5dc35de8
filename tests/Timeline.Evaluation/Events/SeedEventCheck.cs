using NodaTime;
using Timeline.Core.Events;
using Timeline.Core.Time;

namespace Timeline.Evaluation.Events;

/// <summary>The seed check: the founding article's 14 central events (read from ../shared at run time) and the share of
/// reported events whose sentence really states an event (the annotated sentence starts in
/// <c>annotations/seed.events.json</c>). Exit 0 when at least 13 are found and the share is at least 80%.</summary>
internal static class SeedEventCheck
{
    private static readonly HashSet<string> Usa = ["usa", "us-government", "us-state-department", "joe-biden", "pentagon", "us-administration"];
    private static readonly HashSet<string> Russia = ["russia", "kremlin", "russian-government", "moscow", "wladimir-putin"];
    private static readonly LocalDate Published = new(2022, 2, 1);

    private static readonly SeedExpectation[] Expectations =
    [
        new("planned phone call Blinken-Lawrow", Set(EventType.Consult), ["antony-blinken"], ["sergej-lawrow"],
            e => e.Mode == "phone" && e.Modality == Modality.Planned && SeedExpectation.On(e, 2022, 2, 1) && e.Mentions.Length >= 2,
            "phone, planned, 2022-02-01, >= 2 mentions"),
        new("Russia's written reply to the US", Set(EventType.Statement), Russia, Usa,
            e => SeedExpectation.On(e, 2022, 2, 1) || (e.Time?.Granularity == Granularity.Range && e.Time.End == Published),
            "2022-02-01 or a range up to publication"),
        new("US answers of the previous week", Set(EventType.Statement), Usa, Russia,
            e => e.Time?.Value == "2022-W04", "2022-W04"),
        new("rejection of Russia's demand in the answers", Set(EventType.Reject), Usa, Russia,
            e => e.Time is { } t && t.Start >= new LocalDate(2022, 1, 24) && t.End <= new LocalDate(2022, 1, 30), "in 2022-W04"),
        new("Russia's draft treaty demands", Set(EventType.Request), Russia, null,
            e => e.Time is { Granularity: Granularity.Range } t && t.End <= Published, "earlier: a range before publication"),
        new("UN Security Council session on Monday", Set(EventType.Consult), ["un-security-council"], null,
            e => SeedExpectation.On(e, 2022, 1, 31), "2022-01-31"),
        new("Biden's appeal to Russia", Set(EventType.Request), ["joe-biden"], Russia,
            e => SeedExpectation.On(e, 2022, 1, 31), "2022-01-31"),
        new("Nebensja's accusation against the USA", Set(EventType.Accuse), ["wassili-nebensja", "vasily-nebenzya"], Usa,
            e => SeedExpectation.On(e, 2022, 1, 31), "2022-01-31"),
        new("Johnson's aid announcement", Set(EventType.Aid), ["boris-johnson", "united-kingdom", "uk-government"], ["ukraine"],
            e => e.Mode == "financial", "financial"),
        new("postponed call Johnson-Putin", Set(EventType.Consult), ["boris-johnson"], ["wladimir-putin", "vladimir-putin"],
            e => e.Mode == "phone" && e.Modality == Modality.Postponed, "phone, postponed"),
        new("weekend troop build-up", Set(EventType.Mobilize), Russia, null,
            e => e.Time is { } t && t.Start == new LocalDate(2022, 1, 29) && t.End == new LocalDate(2022, 1, 30), "2022-01-29..30"),
        new("8,500 soldiers on alert", Set(EventType.Mobilize), Usa, null,
            e => e.Mode == "alert", "alert"),
        new("Selenskyj's 100,000 more troops", Set(EventType.Mobilize), ["ukraine", "wolodymyr-selenskyj", "volodymyr-zelensky"], null,
            e => e.Modality == Modality.Planned, "planned"),
        new("order for diplomats' families to leave Belarus", Set(EventType.Retreat, EventType.Sanction), Usa, null,
            _ => true, "-"),
    ];

    public static int Run(string[] args)
    {
        var standIn = Options.Value(args, "--mentions") is { } path ? StandInActors.Load(path) : null;
        var document = EvaluationCorpus.Seed();
        var events = new EventRunner(standIn).Run(document);
        Console.WriteLine($"events ({events.Length}):");
        foreach (var e in events)
        {
            Console.WriteLine("  " + EventRunner.Describe(e));
        }

        var found = 0;
        foreach (var expectation in Expectations)
        {
            var match = events.FirstOrDefault(expectation.Matches);
            found += match is null ? 0 : 1;
            Console.WriteLine($"{(match is null ? "MISS" : "ok  ")} {expectation.Label,-48} ({expectation.CheckDescription})"
                + (match is null ? string.Empty : $" <- {EventRunner.Describe(match)}"));
        }

        var gold = EventAnnotations.Load(Path.Combine(SharedData.RepositoryRoot(), "tests", "Timeline.Evaluation", "annotations", "seed.events.json"));
        var stating = gold.Documents.Single().EventSentences.ToHashSet();
        var onEventSentences = events.Count(e => stating.Contains(e.Primary.Sentence.Begin));
        var share = events.Length == 0 ? 0 : (double)onEventSentences / events.Length;
        Console.WriteLine(FormattableString.Invariant($"central events found: {found}/{Expectations.Length} (target >= 13)"));
        Console.WriteLine(FormattableString.Invariant($"events on sentences that state an event: {onEventSentences}/{events.Length} = {share:P1} (target >= 80%)"));
        var passed = found >= 13 && share >= 0.8;
        Console.WriteLine(passed ? "seed event check passed" : "seed event check FAILED");
        return passed ? 0 : 2;
    }

    private static HashSet<EventType> Set(params EventType[] types) => [.. types];
}
