using System.IO.Compression;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>CSV files for <c>neo4j-admin database import full</c> (the same model as <see cref="CypherExporter"/>):
/// as a zip (<see cref="WriteAsync"/>) or into a folder (<see cref="WriteDirectoryAsync"/>), with an
/// <c>import.sh</c> holding the exact command. Fields are RFC 4180 quoted; an empty unquoted field is a missing value;
/// arrays use <c>;</c> (the importer's default), so a <c>;</c> inside an alias is written as <c>,</c>.</summary>
public sealed class Neo4jCsvExporter : IGraphExporter
{
    /// <summary>The files, in the order they are written.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["actors.csv", "documents.csv", "events.csv", "participates_in.csv", "reported_in.csv", "relations.csv", "import.sh"];

    private static readonly DateTimeOffset ZipTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "csv";

    public string FileExtension => "zip";

    public string MediaType => "application/zip";

    /// <summary>Writes the files into a zip archive on <paramref name="output"/> (which may be non-seekable).</summary>
    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        var view = new SnapshotView(source);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in FileNames)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = ZipTimestamp;
                using var stream = entry.Open();
                WriteFile(view, name, stream, cancellationToken);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes the files into <paramref name="directory"/>, creating it.</summary>
    public static Task WriteDirectoryAsync(ISnapshotSource source, string directory, CancellationToken cancellationToken)
    {
        var view = new SnapshotView(source);
        Directory.CreateDirectory(directory);
        foreach (var name in FileNames)
        {
            using var stream = File.Create(Path.Combine(directory, name));
            WriteFile(view, name, stream, cancellationToken);
        }

        return Task.CompletedTask;
    }

    private static void WriteFile(SnapshotView view, string name, Stream stream, CancellationToken cancellationToken)
    {
        using var writer = TextOutput.Create(stream);
        switch (name)
        {
            case "actors.csv":
                Row(writer, "id:ID(Actor)", "name", "kind", "aliases:string[]", ":LABEL");
                foreach (var a in view.Actors)
                {
                    Row(writer, a.Id.Value, a.Name, a.Kind.ToWire(), Aliases(a), "Actor");
                }

                break;
            case "documents.csv":
                Row(writer, "id:ID(Document)", "title", "language", "published:datetime", "source", "url", ":LABEL");
                foreach (var d in view.Documents)
                {
                    Row(writer, d.Id.Value, d.Title, d.Language.ToCode(), d.Published is { } p ? Labels.DateTime(p) : null, d.Source, d.Url, "Document");
                }

                break;
            case "events.csv":
                Row(writer, "id:ID(Event)", "type", "mode", "modality", "start:date", "end:date", "granularity", "timeValue", "confidence:double", ":LABEL");
                foreach (var e in view.EventsWith(EventParts.None))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Row(writer, e.Id.Value, e.Type.ToWire(), e.Mode, e.Modality.ToWire(), Labels.Date(e.Time?.Start), Labels.Date(e.Time?.End),
                        e.Time?.Granularity.ToWire(), e.Time?.Value, Labels.Number(e.Confidence), "Event");
                }

                break;
            case "participates_in.csv":
                Row(writer, ":START_ID(Actor)", ":END_ID(Event)", "role", ":TYPE");
                foreach (var e in view.EventsWith(EventParts.Participants))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var p in e.Participants)
                    {
                        Row(writer, p.Actor.Value, e.Id.Value, p.Role.ToWire(), "PARTICIPATES_IN");
                    }
                }

                break;
            case "reported_in.csv":
                Row(writer, ":START_ID(Event)", ":END_ID(Document)", "sentenceBegin:int", "sentenceEnd:int", "sentence", "trigger", "modality", "confidence:double", ":TYPE");
                foreach (var e in view.EventsWith(EventParts.Mentions))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var m in e.Mentions)
                    {
                        Row(writer, e.Id.Value, m.Document.Value, Labels.Number(m.Sentence.Begin), Labels.Number(m.Sentence.End),
                            m.SentenceText, m.Trigger, m.Modality.ToWire(), Labels.Number(m.Confidence), "REPORTED_IN");
                    }
                }

                break;
            case "relations.csv":
                Row(writer, ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "title", "since:date", "document", "begin:int", "end:int");
                foreach (var r in view.Relations)
                {
                    Row(writer, r.Source.Value, r.Target.Value, r.Type.ToWire(), r.Title, Labels.Date(r.Since), r.Evidence.Document.Value,
                        Labels.Number(r.Evidence.Span.Begin), Labels.Number(r.Evidence.Span.End));
                }

                break;
            default:
                writer.Write(ImportScript);
                break;
        }

        writer.Flush();
    }

    /// <summary>The import command (Neo4j 5; the database must be stopped or new).</summary>
    public const string ImportScript =
        "#!/bin/sh\n"
        + "# Imports this Timeline snapshot into an empty Neo4j 5 database (stop the database first).\n"
        + "set -e\n"
        + "cd \"$(dirname \"$0\")\"\n"
        + "neo4j-admin database import full --overwrite-destination=true --multiline-fields=true \\\n"
        + "  --nodes=actors.csv --nodes=documents.csv --nodes=events.csv \\\n"
        + "  --relationships=participates_in.csv --relationships=reported_in.csv --relationships=relations.csv \\\n"
        + "  \"${1:-neo4j}\"\n";

    private static string? Aliases(Actor actor) =>
        actor.Aliases.IsDefaultOrEmpty ? null : string.Join(";", actor.Aliases.Select(a => a.Replace(';', ',')));

    private static void Row(TextWriter writer, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i];
            if (field is null)
            {
                continue;
            }

            writer.Write('"');
            writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }

        writer.Write('\n');
    }
}
