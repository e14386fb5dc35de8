using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Extraction;

namespace Timeline.Storage.Neo4j;

/// <summary>Writes a batch of documents in one transaction, replacing what earlier versions of them contributed.</summary>
/// <remarks>
/// Three round trips: (1) what the stored versions contributed (their events and actors), then delete their relations,
/// mentions (which carry the reports) and listings (which carry the actor mentions); (2) the other documents' reports
/// of every touched event and listings of every touched actor; (3) the batch's documents, actors, listings, relations,
/// events (merged by <see cref="EventAggregation"/> from all reports) with their participants, mentions, the graph's
/// longest event span, and the deletion of events and actors nothing reports or lists any more. Every write is an
/// UNWIND over parameter rows keyed by deterministic ids, so a retried batch ends in the same graph. Every node lookup
/// is a MERGE on a uid constraint (see cypher/write/document_facts): Neo4j 3.1 plans it as a unique index seek under
/// any label statistics, so the first load into a fresh server is planned as well as a later one.
/// </remarks>
internal sealed class DocumentBatchWriter
{
    private readonly string _graph;

    public DocumentBatchWriter(string graph)
    {
        _graph = graph;
    }

    /// <summary>Writes <paramref name="batch"/> (already checked by <see cref="ExtractionCheck"/>) in one transaction.</summary>
    public async Task WriteAsync(ICypherRunner runner, IReadOnlyList<DocumentExtraction> batch, CancellationToken cancellationToken)
    {
        // A document twice in one batch: its last version wins, as if written one after the other.
        var documents = batch.GroupBy(d => d.Document.Id.Value, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var documentIds = documents.Select(d => d.Document.Id.Value).ToHashSet(StringComparer.Ordinal);

        await using var transaction = await runner.BeginAsync(cancellationToken);

        // (1) Old contributions.
        var facts = (await transaction.RunAsync(
            [Statement("write/document_facts", ("documents", documents.Select(d => Uid(d.Document.Id.Value)).ToList()))],
            cancellationToken))[0];
        var touchedEvents = new SortedSet<string>(StringComparer.Ordinal);
        var touchedActors = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in facts.Rows)
        {
            touchedEvents.UnionWith((row[facts.Column("events")] as List<object?> ?? []).OfType<string>());
            touchedActors.UnionWith((row[facts.Column("actors")] as List<object?> ?? []).OfType<string>());
        }

        if (facts.Rows.Count > 0)
        {
            var stored = facts.Rows.Select(r => (string)r[facts.Column("document")]!).ToList();
            await transaction.RunAsync(
                [
                    Statement("write/delete_document_relations", ("documents", stored.Select(id => Map(("uid", Uid(id)), ("id", id))).ToList())),
                    Statement("write/delete_document_mentions", ("documents", stored.Select(Uid).ToList())),
                ],
                cancellationToken);
        }

        foreach (var document in documents)
        {
            touchedEvents.UnionWith(document.Events.Select(e => e.Id.Value));
            touchedActors.UnionWith(document.Actors.Select(a => a.Id.Value));
        }

        // (2) What other documents say about the touched events, and the touched actors' stored form. Actors whose
        // listings only grow fold the new listings into their stored form; actors a rewritten document listed are
        // rebuilt from all their remaining listings.
        var rebuilt = touchedActors.Where(facts.Rows.SelectMany(r => (r[facts.Column("actors")] as List<object?> ?? []).OfType<string>())
            .ToHashSet(StringComparer.Ordinal).Contains).ToList();
        var grown = touchedActors.Except(rebuilt, StringComparer.Ordinal).ToList();
        var others = await transaction.RunAsync(
            [
                Statement("write/event_reports", ("events", touchedEvents.Select(Uid).ToList())),
                Statement("write/actor_listings", ("actors", rebuilt.Select(Uid).ToList())),
                Statement("write/actor_states", ("actors", grown.Select(Uid).ToList())),
            ],
            cancellationToken);
        var reports = touchedEvents.ToDictionary(id => id, _ => new List<Event>(), StringComparer.Ordinal);
        var reportRows = others[0];
        foreach (var row in reportRows.Rows)
        {
            var report = GraphValues.ReadReport(
                (string)row[reportRows.Column("event")]!,
                (string)row[reportRows.Column("document")]!,
                (Dictionary<string, object?>)row[reportRows.Column("report")]!,
                row[reportRows.Column("mentions")] as List<object?> ?? []);
            reports[report.Id.Value].Add(report);
        }

        var actorForms = touchedActors.ToDictionary(id => id, _ => ActorForm.Empty, StringComparer.Ordinal);
        foreach (var row in others[1].Rows)
        {
            var id = (string)row[0]!;
            actorForms[id] = actorForms[id].With((string)row[1]!, (string)row[2]!, (string)row[3]!, Strings(row[4]));
        }

        var storedForms = new Dictionary<string, ActorForm>(StringComparer.Ordinal);
        foreach (var row in others[2].Rows)
        {
            var form = new ActorForm((string?)row[3], (string?)row[1], (string?)row[2], Strings(row[4]), Strings(row[5]), Strings(row[6]));
            storedForms[(string)row[0]!] = actorForms[(string)row[0]!] = form;
        }

        foreach (var document in documents)
        {
            foreach (var report in document.Events)
            {
                reports[report.Id.Value].Add(EventAggregation.Normalize(report));
            }

            foreach (var actor in document.Actors.DistinctBy(a => a.Id))
            {
                actorForms[actor.Id.Value] = actorForms[actor.Id.Value].With(document.Document.Id.Value, actor.Name, actor.Kind.ToWire(), [.. actor.Aliases]);
            }
        }

        // (3) The new state.
        // Only events stored before this batch can have participants to replace.
        var existed = facts.Rows.SelectMany(r => (r[facts.Column("events")] as List<object?> ?? []).OfType<string>())
            .Concat(reportRows.Rows.Select(r => (string)r[reportRows.Column("event")]!))
            .ToHashSet(StringComparer.Ordinal);
        var merged = reports.Where(r => r.Value.Count > 0).Select(r => EventAggregation.Merge(r.Value)).ToList();
        var goneEvents = reports.Where(r => r.Value.Count == 0).Select(r => Uid(r.Key)).ToList();
        var actors = actorForms.Where(a => a.Value.Document is not null && !(storedForms.TryGetValue(a.Key, out var before) && before.SameAs(a.Value)))
            .Select(a => ActorRow(a.Key, a.Value)).ToList();
        var goneActors = actorForms.Where(a => a.Value.Document is null).Select(a => Uid(a.Key)).ToList();

        var statements = new List<CypherStatement>
        {
            Statement("write/upsert_documents", ("rows", documents.Select(d => Map(("uid", Uid(d.Document.Id.Value)), ("properties", GraphValues.Document(_graph, d.Document.Info)))).ToList())),
            Statement("write/upsert_actors", ("rows", actors)),
            Statement("write/create_listings", ("documents", ListingRows(documents))),
            Statement("write/create_relations", ("rows", RelationRows(documents))),
            Statement("write/delete_participants", ("events", merged.Where(e => existed.Contains(e.Id.Value)).Select(e => Uid(e.Id.Value)).ToList())),
            Statement("write/events", ("rows", merged.Select(EventRow).ToList())),
            Statement("write/create_event_mentions", ("documents", MentionRows(documents))),
        };
        // The graph's longest event span, an upper bound for read/find_events_window's index seek.
        if (merged.Where(e => e.Time is not null).Select(e => GraphValues.EpochDay(e.Time!.End) - GraphValues.EpochDay(e.Time.Start)).DefaultIfEmpty(-1).Max() is var span and >= 0)
        {
            statements.Add(Statement("write/graph_span", ("graph", _graph), ("span", span)));
        }

        if (goneEvents.Count > 0)
        {
            statements.Add(Statement("write/delete_events", ("events", goneEvents)));
        }

        if (goneActors.Count > 0)
        {
            statements.Add(Statement("write/delete_actors", ("actors", goneActors)));
        }

        await transaction.RunAsync(statements, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static CypherStatement Statement(string file, params (string Name, object? Value)[] parameters) =>
        new(CypherQueries.Get(file), Map(parameters));

    private static Dictionary<string, object?> Map(params (string Name, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(entries.Length, StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            map[name] = value;
        }

        return map;
    }

    private string Uid(string id) => GraphValues.Uid(_graph, id);

    private static List<string> Strings(object? value) => (value as List<object?> ?? []).OfType<string>().ToList();

    private Dictionary<string, object?> ActorRow(string id, ActorForm form) => Map(
        ("uid", Uid(id)),
        ("properties", Map(
            ("uid", Uid(id)),
            ("graph", _graph),
            ("id", id),
            ("name", form.Name),
            ("kind", form.Kind),
            ("nameDocument", form.Document),
            ("aliases", form.Aliases.Count == 0 ? null : form.Aliases),
            ("nameKeys", form.NameKeys),
            ("aliasKeys", form.AliasKeys.Count == 0 ? null : form.AliasKeys))));

    private Dictionary<string, object?> EventRow(Event merged) => Map(
        ("uid", Uid(merged.Id.Value)),
        ("properties", GraphValues.Event(_graph, merged)),
        ("participants", merged.Participants.IsDefaultOrEmpty
            ? new List<Dictionary<string, object?>>()
            : merged.Participants.Select(p => Map(("actor", Uid(p.Actor.Value)), ("role", p.Role.ToWire()))).ToList()));

    /// <summary>Per document, the actors it lists, each with the document's mentions of it (by span).</summary>
    private List<Dictionary<string, object?>> ListingRows(List<DocumentExtraction> documents) =>
        documents.Select(d =>
        {
            var mentions = d.Mentions.DistinctBy(m => (m.Span, m.Actor)).ToLookup(m => m.Actor);
            return Map(
                ("uid", Uid(d.Document.Id.Value)),
                ("rows", d.Actors.DistinctBy(a => a.Id).Select(a => Map(
                    ("actor", Uid(a.Id.Value)),
                    ("properties", GraphValues.Listing(a, mentions[a.Id])))).ToList()));
        }).ToList();
    private List<Dictionary<string, object?>> RelationRows(List<DocumentExtraction> documents) =>
        documents.SelectMany(d => d.Relations.DistinctBy(r => (r.Evidence.Span, r.Source, r.Type, r.Target, r.Title)).Select(r => Map(
            ("source", Uid(r.Source.Value)),
            ("target", Uid(r.Target.Value)),
            ("type", Core.Relations.RelationTypeNames.ToWire(r.Type)),
            ("properties", GraphValues.Relation(r, d.Document.Info))))).ToList();

    /// <summary>Per document, its event mentions, each carrying the document's report of the event.</summary>
    private List<Dictionary<string, object?>> MentionRows(List<DocumentExtraction> documents) =>
        documents.Select(d => Map(
            ("uid", Uid(d.Document.Id.Value)),
            ("rows", d.Events.SelectMany(e =>
            {
                var report = EventAggregation.Normalize(e);
                return e.Mentions.Distinct().Select(m => Map(("event", Uid(e.Id.Value)), ("properties", GraphValues.ReportedMention(m, report))));
            }).ToList()))).ToList();
}
