using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Relations;

namespace Timeline.Storage.Tests;

/// <summary>What every <see cref="IGraphStore"/> must do, whatever it stores into. A store's test class derives from
/// this and says how to create an empty, initialised store.</summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    private readonly List<IGraphStore> _stores = [];

    protected static CancellationToken None => CancellationToken.None;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Writing_the_same_documents_twice_changes_nothing()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);
        var statistics = await store.GetStatisticsAsync(None);
        var events = await store.FindEventsAsync(EventFilter.All, None);
        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, None);

        await store.WriteAsync(Articles.All(), None);

        Assert.Equal(statistics, await store.GetStatisticsAsync(None));
        Assert.Equal(new StoreStatistics(4, 5, 7, 9, 3), statistics);
        Assert.Equal(events, await store.FindEventsAsync(EventFilter.All, None));
        AssertSameSnapshot(snapshot, await store.LoadSnapshotAsync(SnapshotWindow.Everything, None));
    }

    [Fact]
    public async Task An_event_from_one_document_reads_back_as_written()
    {
        var store = await NewStoreAsync();
        var call = Articles.Call();
        await store.WriteAsync([call], None);

        var events = await store.FindEventsAsync(EventFilter.All, None);

        Assert.Equal(call.Events.Select(EventAggregation.Normalize).Order(TimelineOrder.Instance), events);
        var troops = events[0];
        Assert.Equal(Articles.TroopsSentence, troops.Primary.SentenceText);
        Assert.Equal("am Wochenende", troops.Primary.TimeEvidence?.Text);
        Assert.Equal(new LocalDate(2022, 1, 30), troops.Time?.End);
    }

    [Fact]
    public async Task An_event_reported_by_two_documents_is_one_event_with_both_mentions()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync([Articles.Call(), Articles.Echo()], None);

        var calls = await store.FindEventsAsync(EventFilter.All with { Types = [EventType.Consult], Between = (new("karla-berger"), new("tomas-lindqvist")) }, None);

        var call = Assert.Single(calls);
        Assert.Equal(["de-call", "en-echo"], call.Mentions.Select(m => m.Document.Value));
        Assert.Equal(Articles.CallSentence, call.Mentions[0].SentenceText);
    }

    [Fact]
    public async Task A_merged_event_takes_its_attributes_from_the_most_confident_mention_and_gains_confidence()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync([Articles.Call(), Articles.Echo()], None);

        var call = (await store.FindEventsAsync(EventFilter.All with { Actors = [new("tomas-lindqvist")] }, None)).Single();

        // The English report (0.9, reported, Lindqvist as source) beats the German one (0.7, planned).
        Assert.Equal(Modality.Reported, call.Modality);
        Assert.Equal(new Participant(new ActorId("tomas-lindqvist"), ParticipantRole.Source), call.Participants[0]);
        Assert.Equal(1 - ((1 - 0.9) * (1 - (0.25 * 0.7))), call.Confidence, 12);
    }

    [Fact]
    public async Task Merged_events_do_not_depend_on_the_order_documents_were_written_in()
    {
        var forward = await NewStoreAsync();
        var backward = await NewStoreAsync();
        var oneByOne = await NewStoreAsync();
        await forward.WriteAsync(Articles.All(), None);
        await backward.WriteAsync(Articles.All().Reverse().ToArray(), None);
        foreach (var document in Articles.All().Skip(2).Concat(Articles.All().Take(2)))
        {
            await oneByOne.WriteAsync([document], None);
        }

        var expected = await forward.FindEventsAsync(EventFilter.All, None);
        Assert.Equal(expected, await backward.FindEventsAsync(EventFilter.All, None));
        Assert.Equal(expected, await oneByOne.FindEventsAsync(EventFilter.All, None));
        AssertSameSnapshot(await forward.LoadSnapshotAsync(SnapshotWindow.Everything, None), await backward.LoadSnapshotAsync(SnapshotWindow.Everything, None));
    }

    [Fact]
    public async Task Actors_documents_and_relations_into_actors_are_read_by_id_as_in_the_snapshot()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);
        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, None);

        ActorId[] wanted = [new("tomas-lindqvist"), new("nobody"), new("karla-berger")];
        var actors = await store.GetActorsAsync(wanted, withAliases: true, None);
        var names = await store.GetActorsAsync(wanted, withAliases: false, None);
        var documents = await store.GetDocumentsAsync([new Core.Documents.DocumentId("en-echo"), new Core.Documents.DocumentId("de-call"),
            new Core.Documents.DocumentId("missing")], None);
        var relations = await store.FindRelationsToAsync([new ActorId("suedmark"), new ActorId("nordland"), new ActorId("sicherheitsrat")], None);

        Assert.Equal(snapshot.Actors.Where(a => a.Id.Value is "karla-berger" or "tomas-lindqvist"), actors);
        Assert.Contains(actors, a => a.Aliases.Length > 0);
        Assert.Equal(actors.Select(a => a with { Aliases = [] }), names);
        Assert.Equal(snapshot.Documents.Where(d => d.Id.Value is "de-call" or "en-echo"), documents);
        Assert.NotEmpty(relations);
        Assert.Equal(3, relations.Count);
        Assert.Equal(snapshot.Relations.Where(r => r.Target.Value is "suedmark" or "sicherheitsrat"), relations);
        Assert.Empty(await store.FindRelationsToAsync([new ActorId("karla-berger")], None));
    }

    [Fact]
    public async Task Adding_reports_one_at_a_time_gives_the_merge_of_all_of_them()
    {
        // Given five articles reporting the same call: the strongest (0.9, tied, so the smaller id) and the first
        // mention arrive in the middle, the strongest with other roles, mode and modality.
        CallReport[] calls =
        [
            new("call-3", 0.6, Modality.Planned, "phone", false),
            new("call-1", 0.9, Modality.Reported, "video", true),
            new("call-0", 0.5, Modality.Planned, "phone", false),
            new("call-4", 0.9, Modality.Asserted, "phone", false),
            new("call-2", 0.7, Modality.Planned, null, false),
        ];
        var oneByOne = await NewStoreAsync();
        foreach (var call in calls)
        {
            await oneByOne.WriteAsync([call.Build()], None);
        }

        var atOnce = await NewStoreAsync();
        await atOnce.WriteAsync([.. calls.Reverse().Select(c => c.Build())], None);

        var expected = EventAggregation.Merge([.. calls.Select(c => EventAggregation.Normalize(c.Build().Events.Single()))]);
        var stored = Assert.Single(await oneByOne.FindEventsAsync(EventFilter.All, None));
        Assert.Equal(expected, stored);
        Assert.Equal(expected, Assert.Single(await atOnce.FindEventsAsync(EventFilter.All, None)));
        Assert.Equal((Modality.Reported, "video", new ActorId("tomas-lindqvist")), (stored.Modality, stored.Mode, stored.Participants[0].Actor));
        Assert.Equal("call-0", stored.Primary.Document.Value);
        Assert.Equal(1 - ((1 - 0.9) * (1 - 0.15) * (1 - 0.225) * (1 - 0.125) * (1 - 0.175)), stored.Confidence, 12);

        // When the strongest report is rewritten weaker, the event is what the final versions give.
        var weaker = calls[1] with { Confidence = 0.4 };
        await oneByOne.WriteAsync([weaker.Build()], None);
        var rewritten = Assert.Single(await oneByOne.FindEventsAsync(EventFilter.All, None));
        var final = calls.Select(c => c.Id == weaker.Id ? weaker : c).ToArray();
        Assert.Equal(EventAggregation.Merge([.. final.Select(c => EventAggregation.Normalize(c.Build().Events.Single()))]), rewritten);
        Assert.Equal((Modality.Asserted, "phone", new ActorId("karla-berger")), (rewritten.Modality, rewritten.Mode, rewritten.Participants[0].Actor));
    }

    [Fact]
    public async Task Rewriting_a_changed_document_replaces_exactly_the_facts_it_contributed()
    {
        // Given a store with every article, and a new version of the call article without the council session and
        // its membership relation, with a less confident call.
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);
        const string ShortCall = "Südmarks Außenministerin Karla Berger will am Freitag mit Tomas Lindqvist telefonieren.";
        var changed = new ArticleBuilder("de-call", $"{ShortCall} {Articles.TroopsSentence}", "2022-02-01T10:53:00+01:00", "Abendblatt")
            .Actor("karla-berger", "Karla Berger")
            .Actor("tomas-lindqvist", "Tomas Lindqvist")
            .Actor("nordland", "Nordland", ActorKind.Country)
            .Actor("suedmark", "Südmark", ActorKind.Country)
            .Relation("karla-berger", RelationType.HoldsRole, "suedmark", "Außenministerin", "Südmarks Außenministerin Karla Berger")
            .Event(EventType.Consult, ShortCall, "telefonieren", "2022-02-04", ["karla-berger:source", "tomas-lindqvist:target"], Modality.Planned, 0.6, "phone")
            .Event(EventType.Mobilize, Articles.TroopsSentence, "verlegt", "2022-01-29/2022-01-30", ["nordland:source", "suedmark:target"],
                Modality.Asserted, 0.8, "troops", "am Wochenende", Core.Time.Granularity.Weekend)
            .Build();

        // When it is written again
        await store.WriteAsync([changed], None);

        // Then the store equals one that only ever saw the final versions.
        var fresh = await NewStoreAsync();
        await fresh.WriteAsync([Articles.Undated(), Articles.Week(), Articles.Echo(), changed], None);
        Assert.Equal(await fresh.GetStatisticsAsync(None), await store.GetStatisticsAsync(None));
        Assert.Equal(await fresh.FindEventsAsync(EventFilter.All, None), await store.FindEventsAsync(EventFilter.All, None));
        AssertSameSnapshot(await fresh.LoadSnapshotAsync(SnapshotWindow.Everything, None), await store.LoadSnapshotAsync(SnapshotWindow.Everything, None));

        var events = await store.FindEventsAsync(EventFilter.All, None);
        Assert.DoesNotContain(events, e => e.Mentions.Any(m => m.SentenceText == Articles.CouncilSentence));
        var call = events.Single(e => e.Type == EventType.Consult && e.Participants.Any(p => p.Actor.Value == "karla-berger"));
        Assert.Equal([ShortCall, "Karla Berger and Tomas Lindqvist are expected to speak by phone on Friday, officials said."],
            call.Mentions.Select(m => m.SentenceText));
        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, None);
        Assert.DoesNotContain(snapshot.Relations, r => r.Source.Value == "nordland" && r.Type == RelationType.MemberOf);
        Assert.Equal(2, snapshot.Relations.Length);
    }

    [Fact]
    public async Task An_event_disappears_with_its_last_report()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync([Articles.Call(), Articles.Echo()], None);
        var echoWithoutEvents = Articles.Echo() with { Events = [] };
        var callWithoutEvents = Articles.Call() with { Events = [] };

        await store.WriteAsync([echoWithoutEvents], None);
        var call = (await store.FindEventsAsync(EventFilter.All with { Actors = [new("tomas-lindqvist")] }, None)).Single();
        Assert.Equal(["de-call"], call.Mentions.Select(m => m.Document.Value));
        Assert.Equal(0.7, call.Confidence);
        Assert.Equal(Modality.Planned, call.Modality);

        await store.WriteAsync([callWithoutEvents], None);
        Assert.Empty(await store.FindEventsAsync(EventFilter.All, None));
        Assert.Equal(0, (await store.GetStatisticsAsync(None)).EventMentions);
    }

    [Fact]
    public async Task Actor_filter_returns_the_events_of_any_listed_actor()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var events = await store.FindEventsAsync(EventFilter.All with { Actors = [new("sicherheitsrat"), new("tomas-lindqvist")] }, None);

        Assert.Equal([EventType.Consult, EventType.Consult, EventType.Request], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Contains(e.Participants, p => p.Actor.Value is "sicherheitsrat" or "tomas-lindqvist"));
    }

    [Fact]
    public async Task Dyad_filter_matches_both_actors_in_either_role()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var forward = await store.FindEventsAsync(EventFilter.All with { Between = (new("nordland"), new("suedmark")) }, None);
        var backward = await store.FindEventsAsync(EventFilter.All with { Between = (new("suedmark"), new("nordland")) }, None);

        Assert.Equal([EventType.Mobilize, EventType.Consult], forward.Select(e => e.Type));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Type_modality_and_confidence_filters_narrow_the_timeline()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var consults = await store.FindEventsAsync(EventFilter.All with { Types = [EventType.Consult] }, None);
        var reported = await store.FindEventsAsync(EventFilter.All with { Modalities = [Modality.Reported, Modality.Negated] }, None);
        var confident = await store.FindEventsAsync(EventFilter.All with { MinConfidence = 0.85 }, None);

        Assert.Equal(3, consults.Count);
        Assert.All(consults, e => Assert.Equal(EventType.Consult, e.Type));
        Assert.Equal(EventType.Consult, Assert.Single(reported).Type);
        Assert.All(confident, e => Assert.True(e.Confidence >= 0.85));
        Assert.Equal([EventType.Mobilize, EventType.Consult, EventType.Consult], confident.Select(e => e.Type));
    }

    [Fact]
    public async Task A_window_keeps_events_whose_interval_overlaps_it_including_its_edges()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var window = await store.FindEventsAsync(EventFilter.All with { From = new LocalDate(2022, 1, 30), To = new LocalDate(2022, 1, 31) }, None);
        var afterTroops = await store.FindEventsAsync(EventFilter.All with { From = new LocalDate(2022, 1, 31) }, None);
        var beforeCall = await store.FindEventsAsync(EventFilter.All with { To = new LocalDate(2022, 2, 3) }, None);

        // Troops end on the 30th; the council session, the threat and the week of talks touch the 31st.
        Assert.Equal([EventType.Mobilize, EventType.Consult, EventType.Threaten, EventType.Consult],
            window.Select(e => e.Type).Take(1).Concat(window.Skip(1).Take(2).Select(e => e.Type).Order()).Concat(window.Skip(3).Select(e => e.Type)));
        Assert.DoesNotContain(afterTroops, e => e.Type == EventType.Mobilize);
        Assert.Contains(afterTroops, e => e.Time?.Start == new LocalDate(2022, 2, 4));
        Assert.DoesNotContain(beforeCall, e => e.Time?.Start == new LocalDate(2022, 2, 4));
        Assert.All(window.Concat(afterTroops).Concat(beforeCall), e => Assert.NotNull(e.Time));
    }

    [Fact]
    public async Task Source_filter_matches_any_mention_and_ignores_case()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var morning = await store.FindEventsAsync(EventFilter.All with { Source = "MORNING POST" }, None);
        var abendblatt = await store.FindEventsAsync(EventFilter.All with { Source = "abendblatt" }, None);

        Assert.Equal(EventType.Consult, Assert.Single(morning).Type);
        Assert.Equal(5, abendblatt.Count);
        Assert.Empty(await store.FindEventsAsync(EventFilter.All with { Source = "Abend" }, None));
    }

    [Fact]
    public async Task Events_are_ordered_by_start_then_width_then_id_and_undated_ones_come_last_in_document_order()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All().Reverse().ToArray(), None);

        var events = await store.FindEventsAsync(EventFilter.All, None);

        Assert.Equal(7, events.Count);
        Assert.Equal(
            ["2022-01-29/2022-01-30", "2022-01-31", "2022-01-31", "2022-01-31/2022-02-06", "2022-02-04", null, null],
            events.Select(e => e.Time?.Value));
        Assert.True(string.CompareOrdinal(events[1].Id.Value, events[2].Id.Value) < 0);
        Assert.Equal([EventType.Accuse, EventType.Request], events.Skip(5).Select(e => e.Type));
        Assert.Equal(events.Order(TimelineOrder.Instance), events);
    }

    [Fact]
    public async Task Undated_events_are_left_out_of_windows_and_when_not_asked_for()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var withoutUndated = await store.FindEventsAsync(EventFilter.All with { IncludeUndated = false }, None);
        var windowed = await store.FindEventsAsync(EventFilter.All with { From = new LocalDate(2000, 1, 1) }, None);

        Assert.Equal(5, withoutUndated.Count);
        Assert.Equal(withoutUndated, windowed);
    }

    [Fact]
    public async Task Limit_keeps_the_first_events_of_the_timeline()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var all = await store.FindEventsAsync(EventFilter.All, None);
        var first = await store.FindEventsAsync(EventFilter.All with { Limit = 3 }, None);

        Assert.Equal(all.Take(3), first);
    }

    [Fact]
    public async Task Participants_come_sources_first_then_by_id()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync([Articles.Call()], None);

        var council = (await store.FindEventsAsync(EventFilter.All with { Actors = [new("sicherheitsrat")] }, None)).Single();

        Assert.Equal(["sicherheitsrat:source", "nordland:participant"], council.Participants.Select(p => $"{p.Actor}:{p.Role.ToWire()}"));
    }

    [Theory]
    [InlineData("karla-berger")]
    [InlineData("Karla Berger")]
    [InlineData("KARLA BERGER")]
    [InlineData("berger")]
    [InlineData("außenministerin berger")]
    public async Task FindActors_matches_id_name_and_alias_ignoring_case(string query)
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var actor = Assert.Single(await store.FindActorsAsync(query, None));

        Assert.Equal("karla-berger", actor.Id.Value);
        Assert.Equal("Karla Berger", actor.Name);
        Assert.Equal(["Außenministerin Berger", "Berger"], actor.Aliases.ToArray());
    }

    [Fact]
    public async Task FindActors_handles_non_ascii_case_and_unknown_names()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        Assert.Equal("suedmark", Assert.Single(await store.FindActorsAsync("SÜDMARK", None)).Id.Value);
        Assert.Empty(await store.FindActorsAsync("Atlantis", None));
    }

    [Fact]
    public async Task ListActors_counts_events_and_mentions_with_first_and_last_seen()
    {
        var store = await NewStoreAsync();
        var documents = Articles.All();
        await store.WriteAsync(documents, None);

        var actors = await store.ListActorsAsync(None);

        Assert.Equal(["karla-berger", "nordland", "sicherheitsrat", "suedmark", "tomas-lindqvist"], actors.Select(a => a.Actor.Id.Value));
        var nordland = actors.Single(a => a.Actor.Id.Value == "nordland");
        Assert.Equal(5, nordland.Events);
        Assert.Equal(documents.SelectMany(d => d.Mentions).Count(m => m.Actor.Value == "nordland"), nordland.Mentions);
        Assert.Equal(new LocalDate(2022, 1, 29), nordland.FirstSeen);
        Assert.Equal(new LocalDate(2022, 2, 6), nordland.LastSeen);
        var berger = actors.Single(a => a.Actor.Id.Value == "karla-berger");
        Assert.Equal((2, new LocalDate(2022, 2, 4), new LocalDate(2022, 2, 4)), (berger.Events, berger.FirstSeen, berger.LastSeen));
    }

    [Fact]
    public async Task An_as_of_snapshot_keeps_only_what_had_happened_and_been_published_by_then()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var snapshot = await store.LoadSnapshotAsync(new SnapshotWindow(null, null, new LocalDate(2022, 2, 2)), None);

        // The planned call starts after the day; the week of talks and the threat were published later; the troop move
        // is known only from the first article, with its confidence then.
        Assert.Equal([EventType.Mobilize, EventType.Consult], snapshot.Events.Select(e => e.Type));
        var troops = snapshot.Events[0];
        Assert.Equal(["de-call"], troops.Mentions.Select(m => m.Document.Value));
        Assert.Equal(0.8, troops.Confidence);
        Assert.Equal(["nordland", "sicherheitsrat", "suedmark"], snapshot.Actors.Select(a => a.Id.Value));
        Assert.Equal(["de-call"], snapshot.Documents.Select(d => d.Id.Value));
        var relation = Assert.Single(snapshot.Relations);
        Assert.Equal(("nordland", RelationType.MemberOf, "sicherheitsrat"), (relation.Source.Value, relation.Type, relation.Target.Value));

        var everything = await store.FindEventsAsync(EventFilter.All, None);
        Assert.Equal(2, everything.Single(e => e.Id == troops.Id).Mentions.Length);
    }

    [Fact]
    public async Task A_window_snapshot_holds_the_events_of_the_window_with_their_actors_documents_and_relations()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var snapshot = await store.LoadSnapshotAsync(new SnapshotWindow(new LocalDate(2022, 2, 1), new LocalDate(2022, 2, 28), null), None);

        Assert.Equal(["2022-01-31/2022-02-06", "2022-02-04"], snapshot.Events.Select(e => e.Time?.Value));
        Assert.Equal(["karla-berger", "nordland", "suedmark", "tomas-lindqvist"], snapshot.Actors.Select(a => a.Id.Value));
        Assert.Equal(["de-call", "de-week", "en-echo"], snapshot.Documents.Select(d => d.Id.Value));
        var relation = Assert.Single(snapshot.Relations);
        Assert.Equal(RelationType.HoldsRole, relation.Type);
        Assert.Equal("Außenministerin", relation.Title);
    }

    [Fact]
    public async Task The_whole_snapshot_holds_everything_stored()
    {
        var store = await NewStoreAsync();
        await store.WriteAsync(Articles.All(), None);

        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, None);

        Assert.Equal(["de-call", "de-undated", "de-week", "en-echo"], snapshot.Documents.Select(d => d.Id.Value));
        Assert.Equal(5, snapshot.Actors.Length);
        Assert.Equal(3, snapshot.Relations.Length);
        Assert.Equal(await store.FindEventsAsync(EventFilter.All, None), snapshot.Events.ToArray());
        var call = snapshot.Documents[0];
        Assert.Equal(Articles.Call().Document.Info, call);
    }

    [Fact]
    public async Task Hostile_strings_are_stored_and_read_back_verbatim()
    {
        const string Drop = "'); DROP TABLE events; --";
        var text = $"Robert \"Bobby\" O'Tables sagte: {Drop} und \"nichts\" weiter. Danach sprach O'Tables mit Karla Berger.";
        var document = new ArticleBuilder("doc'); DROP TABLE documents; --", text, "2022-02-01T10:53:00+01:00", "O'Reilly \"Daily\" " + Drop,
                title: "Titel mit 'Quotes' und \"Anführungszeichen\" " + Drop)
            .Actor("robert-tables", "Robert \"Bobby\" O'Tables", ActorKind.Person, "O'Tables", Drop)
            .Actor("karla-berger", "Karla Berger")
            .Event(EventType.Statement, $"Robert \"Bobby\" O'Tables sagte: {Drop} und \"nichts\" weiter.", "sagte", "2022-02-01",
                ["robert-tables:source"], Modality.Asserted, 0.8, mode: Drop, timeText: null)
            .Event(EventType.Consult, "Danach sprach O'Tables mit Karla Berger.", "sprach", "2022-02-01", ["robert-tables:source", "karla-berger:target"])
            .Build();
        var store = await NewStoreAsync();

        await store.WriteAsync([document], None);

        Assert.Equal(new StoreStatistics(1, 2, 2, 2, 0), await store.GetStatisticsAsync(None));
        var actor = Assert.Single(await store.FindActorsAsync(Drop, None));
        Assert.Equal("Robert \"Bobby\" O'Tables", actor.Name);
        Assert.Equal([Drop, "O'Tables"], actor.Aliases.ToArray());
        var statement = (await store.FindEventsAsync(EventFilter.All with { Types = [EventType.Statement], Source = "o'reilly \"daily\" " + Drop }, None)).Single();
        Assert.Equal(Drop, statement.Mode);
        Assert.Equal($"Robert \"Bobby\" O'Tables sagte: {Drop} und \"nichts\" weiter.", statement.Primary.SentenceText);
        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, None);
        Assert.Equal(document.Document.Info, Assert.Single(snapshot.Documents));
        Assert.Equal(2, (await store.FindEventsAsync(EventFilter.All, None)).Count);
    }

    [Fact]
    public async Task A_failing_document_in_a_batch_keeps_the_earlier_documents_and_leaves_no_trace_of_itself()
    {
        // Given a batch whose second document has an impossible confidence in its last event
        var broken = new ArticleBuilder("de-broken", "Die Einsiedlerin Wilma Moor warnte Nordland. Danach schwieg sie.", "2022-02-01T12:00:00+01:00")
            .Actor("wilma-moor", "Wilma Moor")
            .Actor("nordland", "Nordland", ActorKind.Country)
            .Relation("wilma-moor", RelationType.MemberOf, "nordland", null, "Wilma Moor")
            .Event(EventType.Threaten, "Die Einsiedlerin Wilma Moor warnte Nordland.", "warnte", "2022-02-01", ["wilma-moor:source", "nordland:target"])
            .Event(EventType.Statement, "Danach schwieg sie.", "schwieg", "2022-02-01", ["wilma-moor:source"], Modality.Negated, 1.5)
            .Build();
        var store = await NewStoreAsync();

        // When it is written
        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync([Articles.Call(), broken, Articles.Echo()], None));

        // Then the message names the document, the first document is complete, and nothing of the broken one exists.
        Assert.Contains("de-broken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        var statistics = await store.GetStatisticsAsync(None);
        Assert.Equal(Articles.Call().Events.Length, (int)statistics.Events);
        Assert.Equal(Articles.Call().Relations.Length, (int)statistics.Relations);
        Assert.Empty(await store.FindActorsAsync("Wilma Moor", None));
        Assert.Empty(await store.FindEventsAsync(EventFilter.All with { Types = [EventType.Threaten] }, None));
        var snapshot = await store.LoadSnapshotAsync(SnapshotWindow.Everything, None);
        Assert.DoesNotContain(snapshot.Documents, d => d.Id.Value == "de-broken");
        Assert.Contains(snapshot.Documents, d => d.Id.Value == "de-call");
        Assert.Equal(Articles.Call().Mentions.Count(m => m.Actor.Value == "nordland"),
            (await store.ListActorsAsync(None)).Single(a => a.Actor.Id.Value == "nordland").Mentions);
    }

    /// <summary>Creates an empty store that is initialised and ready for writing.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    protected async Task<IGraphStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    private static void AssertSameSnapshot(Core.Graph.GraphSnapshot expected, Core.Graph.GraphSnapshot actual)
    {
        // ImmutableArray's own Equals compares references, so compare as arrays.
        Assert.Equal(expected.Documents.ToArray(), actual.Documents.ToArray());
        Assert.Equal(expected.Actors.ToArray(), actual.Actors.ToArray());
        Assert.Equal(expected.Relations.ToArray(), actual.Relations.ToArray());
        Assert.Equal(expected.Events.ToArray(), actual.Events.ToArray());
    }

    /// <summary>An invented article reporting one phone call between Karla Berger and Tomas Lindqvist.</summary>
    private sealed record CallReport(string Id, double Confidence, Modality Modality, string? Mode, bool LindqvistCalled)
    {
        public Core.Extraction.DocumentExtraction Build()
        {
            var lead = $"Meldung {Id} aus der Hauptstadt. ";
            var sentence = "Karla Berger telefonierte am Montag mit Tomas Lindqvist.";
            string[] roles = LindqvistCalled
                ? ["tomas-lindqvist:source", "karla-berger:target"]
                : ["karla-berger:source", "tomas-lindqvist:target"];
            return new ArticleBuilder(Id, lead + sentence, "2022-02-01T10:53:00+01:00", "Abendblatt")
                .Actor("karla-berger", "Karla Berger")
                .Actor("tomas-lindqvist", "Tomas Lindqvist")
                .Event(EventType.Consult, sentence, "telefonierte", "2022-01-31", roles, Modality, Confidence, Mode)
                .Build();
        }
    }
}
