using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>Writes what <c>DocumentWriter</c> writes for a new document (the same columns, values and keys) as keys
/// and values: one key per SQLite row and one per secondary-index entry the readers use (<see cref="KeyTags"/>).
/// <see cref="Packed"/> is the layout a key-value store would choose instead: a document's actor names, actor
/// mentions and relations inside the document's value, an event's participants inside its record, a report's
/// mentions inside the report; the index entries (and each actor listing, without its name) stay keys of their own.</summary>
/// <remarks>With <see cref="ReadExisting"/>, each document first reads its previous version, each listed actor its
/// canonical row and each event report its stored event: the reads a store that keeps the contract (idempotent
/// rewrites, incremental merge) needs in its write path. The synthetic corpus has no rewrites and no shared events,
/// so every read finds nothing and the writes are those of a new document.</remarks>
internal sealed class KeyValueRows(IKeyValueEngine engine, bool readExisting, bool packed)
{
    private readonly RecordBuffer _key = new();
    private readonly RecordBuffer _value = new();
    private readonly RecordBuffer _document = new();

    public bool ReadExisting { get; } = readExisting;

    public bool Packed { get; } = packed;

    /// <summary>How many reads found a stored key (0 for the synthetic corpus; printed so that it can be checked).</summary>
    public long Found { get; private set; }

    public void Write(DocumentExtraction extraction)
    {
        var info = extraction.Document.Info;
        var document = info.Id.Value;
        var text = extraction.Document.Text;
        var actors = extraction.Actors.IsDefault
            ? []
            : extraction.Actors.DistinctBy(a => a.Id).OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToArray();
        var reports = extraction.Events.IsDefault
            ? []
            : extraction.Events.GroupBy(e => e.Id)
                .Select(g => EventAggregation.Normalize(g.First() with { Mentions = [.. g.SelectMany(e => e.Mentions)] }))
                .ToArray();

        if (ReadExisting)
        {
            Probe(_key.Start(KeyTags.Document).KeyText(document));
        }

        _document.Clear()
            .Text(info.Title)
            .Text(info.Language.ToCode())
            .Text(info.Published is { } published ? StoredValues.Published.Format(published) : null)
            .Int(info.Published is { } day ? EpochDays.From(day.Date) : null)
            .Text(info.Source)
            .Text(info.Source is null ? null : StoredValues.Key(info.Source))
            .Text(info.Url)
            .Text(info.Origin)
            .Text(text)
            .Text(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))))
            .Text(string.Join('\n', actors.Select(a => a.Id.Value)))
            .Text(string.Join('\n', reports.Select(r => r.Id.Value).Order(StringComparer.Ordinal)));
        if (!Packed)
        {
            PutDocument(document);
        }

        foreach (var actor in actors)
        {
            WriteActor(document, actor);
        }

        foreach (var mention in extraction.Mentions.IsDefault ? [] : extraction.Mentions)
        {
            if (Packed)
            {
                _document.Int(mention.Span.Begin).Int(mention.Span.End).Text(mention.Actor.Value).Text(mention.Text).Text(mention.Kind.ToWire());
                continue;
            }

            _key.Start(KeyTags.ActorMention).KeyText(document).KeyInt(mention.Span.Begin).KeyInt(mention.Span.End).KeyText(mention.Actor.Value);
            _value.Clear().Text(mention.Text).Text(mention.Kind.ToWire());
            Put();
        }

        foreach (var relation in extraction.Relations.IsDefault ? [] : extraction.Relations)
        {
            WriteRelation(document, relation);
        }

        if (Packed)
        {
            PutDocument(document);
        }

        foreach (var report in reports)
        {
            WriteReport(document, report);
        }
    }

    private void WriteActor(string document, Actor actor)
    {
        var id = actor.Id.Value;
        var nameKey = StoredValues.Key(actor.Name);
        if (Packed)
        {
            // The listing stays a key (without value): an actor lives while some document lists it, and its name
            // comes from the smallest listing document, which a rewrite finds by a range scan of these keys.
            _document.Text(id).Text(actor.Name).Text(nameKey).Text(actor.Kind.ToWire());
            _key.Start(KeyTags.ActorName).KeyText(id).KeyText(document);
            PutKey();
        }
        else
        {
            _key.Start(KeyTags.ActorName).KeyText(id).KeyText(document);
            _value.Clear().Text(actor.Name).Text(nameKey).Text(actor.Kind.ToWire());
            Put();
        }

        _key.Start(KeyTags.ActorNameByKey).KeyText(nameKey).KeyText(id).KeyText(document);
        PutKey();

        // The canonical row: SQLite's upsert keeps the name of the smallest listing document; a key-value store reads
        // the row to decide (with ReadExisting), or here simply writes it.
        if (ReadExisting)
        {
            Probe(_key.Start(KeyTags.Actor).KeyText(id));
        }

        _key.Start(KeyTags.Actor).KeyText(id);
        _value.Clear().Text(actor.Name).Text(actor.Kind.ToWire()).Text(document);
        Put();

        foreach (var alias in actor.Aliases.IsDefault ? [] : actor.Aliases)
        {
            var aliasKey = StoredValues.Key(alias);
            if (Packed)
            {
                _document.Text(id).Text(alias).Text(aliasKey);
            }
            else
            {
                _key.Start(KeyTags.ActorAlias).KeyText(id).KeyText(document).KeyText(alias);
                _value.Clear().Text(aliasKey);
                Put();
            }

            _key.Start(KeyTags.ActorAliasByKey).KeyText(aliasKey).KeyText(id).KeyText(document).KeyText(alias);
            PutKey();
        }
    }

    private void WriteRelation(string document, Relation relation)
    {
        var (source, type, target) = (relation.Source.Value, relation.Type.ToWire(), relation.Target.Value);
        var (begin, end) = (relation.Evidence.Span.Begin, relation.Evidence.Span.End);
        var title = relation.Title ?? string.Empty;
        var values = Packed
            ? _document.Int(begin).Int(end).Text(source).Text(type).Text(target)
            : _value.Clear();
        values
            .Text(relation.Title)
            .Text(StoredValues.Date(relation.Since))
            .Int(relation.Since is { } since ? EpochDays.From(since) : null);
        if (!Packed)
        {
            _key.Start(KeyTags.Relation).KeyText(document).KeyInt(begin).KeyInt(end).KeyText(source).KeyText(type).KeyText(target).KeyText(title);
            Put();
        }

        _key.Start(KeyTags.RelationBySource).KeyText(source).KeyText(document).KeyInt(begin).KeyInt(end).KeyText(type).KeyText(target).KeyText(title);
        PutKey();
        _key.Start(KeyTags.RelationByTarget).KeyText(target).KeyText(document).KeyInt(begin).KeyInt(end).KeyText(source).KeyText(type).KeyText(title);
        PutKey();
    }

    /// <summary>A new event (as <c>DocumentWriter.AddReport</c> merges it), its index entries and participants, the
    /// report and its mentions.</summary>
    private void WriteReport(string document, Event report)
    {
        var id = report.Id.Value;
        if (ReadExisting)
        {
            // A store that merges incrementally reads the stored event first; the corpus has none.
            Probe(_key.Start(KeyTags.Event).KeyText(id));
        }

        var strongest = EventAggregation.Strongest([report]).Mention;
        var merged = report with { Modality = strongest.Modality, Confidence = EventAggregation.Corroborate(report.Confidence, 0) };
        _key.Start(KeyTags.Event).KeyText(id);
        Time(_value.Clear().Text(merged.Type.ToWire()).Text(merged.Mode).Text(merged.Modality.ToWire()), merged.Time)
            .Real(merged.Confidence)
            .Text(merged.Primary.Document.Value)
            .Int(merged.Primary.Sentence.Begin)
            .Text(strongest.Document.Value)
            .Int(strongest.Sentence.Begin)
            .Int(strongest.Sentence.End)
            .Int(strongest.TriggerSpan.Begin)
            .Int(strongest.TriggerSpan.End)
            .Real(strongest.Confidence)
            .Real(report.Confidence)
            .Int(EventAggregation.DoubtOf(report.Confidence));
        if (Packed)
        {
            _value.Int(merged.Participants.Length);
            foreach (var participant in merged.Participants)
            {
                _value.Text(participant.Actor.Value).Text(participant.Role.ToWire());
            }
        }

        Put();

        if (merged.Time is { } time)
        {
            _key.Start(KeyTags.EventByTime).KeyInt(EpochDays.From(time.Start)).KeyInt(EpochDays.From(time.End)).KeyText(id);
        }
        else
        {
            _key.Start(KeyTags.UndatedEvent).KeyText(merged.Primary.Document.Value).KeyInt(merged.Primary.Sentence.Begin).KeyText(id);
        }

        PutKey();

        foreach (var participant in merged.Participants)
        {
            var (actor, role) = (participant.Actor.Value, participant.Role.ToWire());
            if (!Packed)
            {
                _key.Start(KeyTags.Participant).KeyText(id).KeyText(actor).KeyText(role);
                PutKey();
            }

            _key.Start(KeyTags.ParticipantByActor).KeyText(actor).KeyText(id).KeyText(role);
            PutKey();
        }

        _key.Start(KeyTags.Report).KeyText(id).KeyText(document);
        Time(_value.Clear().Text(report.Type.ToWire()).Text(report.Mode), report.Time)
            .Real(report.Confidence)
            .Text(ParticipantCodec.Encode(report.Participants));
        if (Packed)
        {
            _value.Int(report.Mentions.Length);
        }
        else
        {
            Put();
        }

        foreach (var mention in report.Mentions)
        {
            if (Packed)
            {
                _value.Int(mention.Sentence.Begin).Int(mention.TriggerSpan.Begin).Int(mention.TriggerSpan.End);
            }
            else
            {
                _key.Start(KeyTags.EventMention).KeyText(id).KeyText(document)
                    .KeyInt(mention.Sentence.Begin).KeyInt(mention.TriggerSpan.Begin).KeyInt(mention.TriggerSpan.End);
                _value.Clear();
            }

            _value
                .Int(mention.Sentence.End)
                .Text(mention.SentenceText)
                .Text(mention.Trigger)
                .Text(mention.Modality.ToWire())
                .Real(mention.Confidence)
                .Text(mention.TimeEvidence?.Text)
                .Int(mention.TimeEvidence?.Span.Begin)
                .Int(mention.TimeEvidence?.Span.End);
            if (!Packed)
            {
                Put();
            }
        }

        if (Packed)
        {
            Put();
        }
    }

    private static RecordBuffer Time(RecordBuffer value, EventTime? time) =>
        value
            .Text(time is null ? null : StoredValues.Date(time.Start))
            .Text(time is null ? null : StoredValues.Date(time.End))
            .Int(time is null ? null : EpochDays.From(time.Start))
            .Int(time is null ? null : EpochDays.From(time.End))
            .Text(time?.Granularity.ToWire())
            .Text(time?.Value);

    private void Probe(RecordBuffer key)
    {
        if (engine.Read(key.Span) >= 0)
        {
            Found++;
        }
    }

    private void Put() => engine.Put(_key.Span, _value.Span);

    private void PutDocument(string document) => engine.Put(_key.Start(KeyTags.Document).KeyText(document).Span, _document.Span);

    /// <summary>An index entry: the key is all (one zero byte as value, since some engines treat an empty value as
    /// a deletion marker).</summary>
    private void PutKey() => engine.Put(_key.Span, [0]);
}
