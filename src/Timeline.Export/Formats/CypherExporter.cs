using System.Text;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>A Cypher script (for <c>cypher-shell -f</c> or Neo4j Browser) that rebuilds the snapshot in any Neo4j 5:
/// uniqueness constraints, then batches of <c>UNWIND [literal maps] AS row MERGE ...</c>. Running it twice changes
/// nothing. Labels and relationship types are fixed words of this exporter; every text value is a
/// <see cref="CypherLiteral"/>.</summary>
/// <remarks>Model: (:Actor {id, name, kind, aliases}), (:Event {id, type, mode, modality, start, end, granularity,
/// timeValue, confidence}), (:Document {id, title, language, published, source, url}),
/// (:Actor)-[:PARTICIPATES_IN {role}]->(:Event), (:Event)-[:REPORTED_IN {sentenceBegin, sentenceEnd, sentence, trigger,
/// modality, confidence}]->(:Document), (:Actor)-[:HOLDS_ROLE|PART_OF|MEMBER_OF {title, since, document, begin, end}]->(:Actor).</remarks>
public sealed class CypherExporter : IGraphExporter
{
    /// <summary>Rows per UNWIND statement.</summary>
    public const int BatchSize = 500;

    public string Name => "cypher";

    public string FileExtension => "cypher";

    public string MediaType => "application/x-cypher-query";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        using var writer = TextOutput.Create(output);
        writer.WriteLine("// " + Flatten(options.Title) + ": Timeline graph snapshot for Neo4j 5 (cypher-shell -f FILE)");
        writer.WriteLine(
            "// " + Labels.Number(view.Actors.Length) + " actors, " + Labels.Number(view.EventCount) + " events, "
            + Labels.Number(view.Documents.Length) + " documents, " + Labels.Number(view.Relations.Length) + " relations");
        writer.WriteLine("CREATE CONSTRAINT timeline_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;");
        writer.WriteLine("CREATE CONSTRAINT timeline_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;");
        writer.WriteLine("CREATE CONSTRAINT timeline_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;");

        Batches(writer, view.Actors, ActorRow, "MERGE (n:Actor {id: row.id}) SET n += row", cancellationToken);
        Batches(writer, view.Documents, DocumentRow, "MERGE (n:Document {id: row.id}) SET n += row", cancellationToken);
        Batches(writer, view.EventsWith(EventParts.None), EventRow, "MERGE (n:Event {id: row.id}) SET n += row", cancellationToken);
        Batches(
            writer,
            view.EventsWith(EventParts.Participants).SelectMany(e => e.Participants.Select(p => (Event: e, Participant: p))),
            x => Map(("actor", CypherLiteral.String(x.Participant.Actor.Value)), ("event", CypherLiteral.String(x.Event.Id.Value)),
                ("role", CypherLiteral.String(x.Participant.Role.ToWire()))),
            "MATCH (a:Actor {id: row.actor}), (e:Event {id: row.event}) MERGE (a)-[:PARTICIPATES_IN {role: row.role}]->(e)",
            cancellationToken);
        Batches(
            writer,
            view.EventsWith(EventParts.Mentions).SelectMany(e => e.Mentions.Select(m => (Event: e, Mention: m))),
            x => MentionRow(x.Event, x.Mention),
            "MATCH (e:Event {id: row.event}), (d:Document {id: row.document}) "
            + "MERGE (e)-[r:REPORTED_IN {sentenceBegin: row.sentenceBegin}]->(d) "
            + "SET r.sentenceEnd = row.sentenceEnd, r.sentence = row.sentence, r.trigger = row.trigger, "
            + "r.modality = row.modality, r.confidence = row.confidence",
            cancellationToken);
        foreach (var type in Enum.GetValues<RelationType>())
        {
            Batches(
                writer,
                view.Relations.Where(r => r.Type == type),
                RelationRow,
                "MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}) "
                + "MERGE (s)-[r:" + type.ToWire() + " {document: row.document, begin: row.begin}]->(t) "
                + "SET r.end = row.end, r.title = row.title, r.since = row.since",
                cancellationToken);
        }

        writer.Flush();
        return Task.CompletedTask;
    }

    private static string ActorRow(Actor actor) => Map(
        ("id", CypherLiteral.String(actor.Id.Value)),
        ("name", CypherLiteral.String(actor.Name)),
        ("kind", CypherLiteral.String(actor.Kind.ToWire())),
        ("aliases", CypherLiteral.List(actor.Aliases.IsDefault ? [] : actor.Aliases)));

    private static string DocumentRow(DocumentInfo document) => Map(
        ("id", CypherLiteral.String(document.Id.Value)),
        ("title", CypherLiteral.String(document.Title)),
        ("language", CypherLiteral.String(document.Language.ToCode())),
        ("published", document.Published is { } published ? "datetime(" + CypherLiteral.String(Labels.DateTime(published)) + ")" : "null"),
        ("source", CypherLiteral.String(document.Source)),
        ("url", CypherLiteral.String(document.Url)));

    private static string EventRow(Event e) => Map(
        ("id", CypherLiteral.String(e.Id.Value)),
        ("type", CypherLiteral.String(e.Type.ToWire())),
        ("mode", CypherLiteral.String(e.Mode)),
        ("modality", CypherLiteral.String(e.Modality.ToWire())),
        ("start", Date(e.Time?.Start)),
        ("end", Date(e.Time?.End)),
        ("granularity", CypherLiteral.String(e.Time?.Granularity.ToWire())),
        ("timeValue", CypherLiteral.String(e.Time?.Value)),
        ("confidence", Labels.Number(e.Confidence)));

    private static string MentionRow(Event e, EventMention m) => Map(
        ("event", CypherLiteral.String(e.Id.Value)),
        ("document", CypherLiteral.String(m.Document.Value)),
        ("sentenceBegin", Labels.Number(m.Sentence.Begin)),
        ("sentenceEnd", Labels.Number(m.Sentence.End)),
        ("sentence", CypherLiteral.String(m.SentenceText)),
        ("trigger", CypherLiteral.String(m.Trigger)),
        ("modality", CypherLiteral.String(m.Modality.ToWire())),
        ("confidence", Labels.Number(m.Confidence)));

    private static string RelationRow(Relation r) => Map(
        ("source", CypherLiteral.String(r.Source.Value)),
        ("target", CypherLiteral.String(r.Target.Value)),
        ("document", CypherLiteral.String(r.Evidence.Document.Value)),
        ("begin", Labels.Number(r.Evidence.Span.Begin)),
        ("end", Labels.Number(r.Evidence.Span.End)),
        ("title", CypherLiteral.String(r.Title)),
        ("since", Date(r.Since)));

    private static string Date(NodaTime.LocalDate? date) =>
        date is { } d ? "date(" + CypherLiteral.String(Labels.Date(d)) + ")" : "null";

    private static string Map(params (string Key, string Literal)[] entries)
    {
        var builder = new StringBuilder("{");
        foreach (var (key, literal) in entries)
        {
            if (builder.Length > 1)
            {
                builder.Append(", ");
            }

            // END is a Cypher keyword: quote it as a map key.
            builder.Append(key == "end" ? "`end`" : key).Append(": ").Append(literal);
        }

        return builder.Append('}').ToString();
    }

    private static void Batches<T>(
        TextWriter writer, IEnumerable<T> items, Func<T, string> row, string body, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (count % BatchSize == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (count > 0)
                {
                    writer.Write("\n] AS row\n");
                    writer.Write(body);
                    writer.Write(";\n");
                }

                writer.Write("UNWIND [\n  ");
            }
            else
            {
                writer.Write(",\n  ");
            }

            writer.Write(row(item));
            count++;
        }

        if (count > 0)
        {
            writer.Write("\n] AS row\n");
            writer.Write(body);
            writer.Write(";\n");
        }
    }

    private static string Flatten(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
