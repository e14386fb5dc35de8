using System.Xml;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>GEXF 1.3 in dynamic mode: every dated event node and its PARTICIPATES_IN edges carry a spell (its
/// interval), actor nodes carry the merged spells of their events, relation edges start at their observation date;
/// Gephi's timeline can replay the graph. Dates are inclusive days (<c>timeformat="date"</c>).</summary>
public sealed class GexfExporter : IGraphExporter
{
    private const string Namespace = "http://gexf.net/1.3";

    private static readonly (string Id, string Title, string Type)[] NodeAttributes =
    [
        ("class", "class", "string"),
        ("kind", "kind", "string"),
        ("aliases", "aliases", "string"),
        ("type", "type", "string"),
        ("mode", "mode", "string"),
        ("modality", "modality", "string"),
        ("granularity", "granularity", "string"),
        ("confidence", "confidence", "double"),
        ("document", "document", "string"),
        ("sentence", "sentence", "string"),
    ];

    private static readonly (string Id, string Title, string Type)[] EdgeAttributes =
    [
        ("relation", "relation", "string"),
        ("role", "role", "string"),
        ("title", "title", "string"),
        ("document", "document", "string"),
    ];

    public string Name => "gexf";

    public string FileExtension => "gexf";

    public string MediaType => "application/gexf+xml";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        var spells = ActorSpells(view);
        using var writer = XmlOutput.Create(output);
        writer.WriteStartDocument();
        writer.WriteStartElement("gexf", Namespace);
        writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        writer.WriteAttributeString(
            "xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Namespace + " http://gexf.net/1.3/gexf.xsd");
        writer.WriteAttributeString("version", "1.3");
        writer.WriteStartElement("meta", Namespace);
        writer.WriteElementString("creator", Namespace, "Timeline");
        writer.WriteElementString("description", Namespace, Labels.XmlSafe(options.Title));
        writer.WriteEndElement();

        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("mode", "dynamic");
        writer.WriteAttributeString("defaultedgetype", "directed");
        writer.WriteAttributeString("timeformat", "date");
        writer.WriteAttributeString("timerepresentation", "interval");
        Declare(writer, "node", NodeAttributes);
        Declare(writer, "edge", EdgeAttributes);

        writer.WriteStartElement("nodes", Namespace);
        foreach (var actor in view.Actors)
        {
            WriteActor(writer, actor, spells.TryGetValue(actor.Id.Value, out var list) ? list : []);
        }

        foreach (var e in view.EventsWith(EventParts.Mentions))
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteEvent(writer, e);
        }

        writer.WriteEndElement();
        writer.WriteStartElement("edges", Namespace);
        var edge = 0;
        foreach (var e in view.EventsWith(EventParts.Participants))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var participant in e.Participants)
            {
                StartEdge(writer, "p" + Labels.Number(edge++), participant.Actor.Value, e.Id.Value, "PARTICIPATES_IN");
                AttValues(writer, ("role", participant.Role.ToWire()));
                if (e.Time is not null)
                {
                    Spells(writer, [(e.Time.Start, e.Time.End)]);
                }

                writer.WriteEndElement();
            }
        }

        edge = 0;
        foreach (var relation in view.Relations)
        {
            StartEdge(writer, "r" + Labels.Number(edge++), relation.Source.Value, relation.Target.Value, relation.Type.ToWire());
            AttValues(writer, ("relation", relation.Type.ToWire()), ("title", relation.Title), ("document", relation.Evidence.Document.Value));
            if (relation.Since is { } since)
            {
                writer.WriteStartElement("spells", Namespace);
                writer.WriteStartElement("spell", Namespace);
                writer.WriteAttributeString("start", Labels.Date(since));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
        return Task.CompletedTask;
    }

    /// <summary>Per actor, the union of its dated events' intervals as disjoint, non-adjacent spells in time order.</summary>
    internal static Dictionary<string, List<(LocalDate Start, LocalDate End)>> ActorSpells(SnapshotView view)
    {
        var spells = new Dictionary<string, List<(LocalDate Start, LocalDate End)>>(StringComparer.Ordinal);
        foreach (var e in view.EventsWith(EventParts.Participants))
        {
            if (e.Time is null)
            {
                continue;
            }

            foreach (var participant in e.Participants)
            {
                if (!spells.TryGetValue(participant.Actor.Value, out var list))
                {
                    list = [];
                    spells.Add(participant.Actor.Value, list);
                }

                list.Add((e.Time.Start, e.Time.End));
            }
        }

        foreach (var list in spells.Values)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            var merged = new List<(LocalDate Start, LocalDate End)>();
            foreach (var interval in list)
            {
                if (merged.Count > 0 && interval.Start <= merged[^1].End.PlusDays(1))
                {
                    var last = merged[^1];
                    merged[^1] = (last.Start, interval.End > last.End ? interval.End : last.End);
                }
                else
                {
                    merged.Add(interval);
                }
            }

            list.Clear();
            list.AddRange(merged);
        }

        return spells;
    }

    private static void Declare(XmlWriter writer, string target, (string Id, string Title, string Type)[] attributes)
    {
        writer.WriteStartElement("attributes", Namespace);
        writer.WriteAttributeString("class", target);
        writer.WriteAttributeString("mode", "static");
        foreach (var (id, title, type) in attributes)
        {
            writer.WriteStartElement("attribute", Namespace);
            writer.WriteAttributeString("id", id);
            writer.WriteAttributeString("title", title);
            writer.WriteAttributeString("type", type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteActor(XmlWriter writer, Actor actor, List<(LocalDate Start, LocalDate End)> spells)
    {
        writer.WriteStartElement("node", Namespace);
        XmlOutput.Attribute(writer, "id", actor.Id.Value);
        XmlOutput.Attribute(writer, "label", actor.Name);
        AttValues(
            writer,
            ("class", "actor"),
            ("kind", actor.Kind.ToWire()),
            ("aliases", actor.Aliases.IsDefaultOrEmpty ? null : string.Join("|", actor.Aliases)));
        if (spells.Count > 0)
        {
            Spells(writer, spells);
        }

        writer.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter writer, Event e)
    {
        writer.WriteStartElement("node", Namespace);
        writer.WriteAttributeString("id", e.Id.Value);
        XmlOutput.Attribute(writer, "label", Labels.EventLabel(e));
        AttValues(
            writer,
            ("class", "event"),
            ("type", e.Type.ToWire()),
            ("mode", e.Mode),
            ("modality", e.Modality.ToWire()),
            ("granularity", e.Time?.Granularity.ToWire()),
            ("confidence", Labels.Number(e.Confidence)),
            ("document", e.Primary.Document.Value),
            ("sentence", e.Primary.SentenceText));
        if (e.Time is not null)
        {
            Spells(writer, [(e.Time.Start, e.Time.End)]);
        }

        writer.WriteEndElement();
    }

    private static void StartEdge(XmlWriter writer, string id, string source, string target, string label)
    {
        writer.WriteStartElement("edge", Namespace);
        writer.WriteAttributeString("id", id);
        XmlOutput.Attribute(writer, "source", source);
        XmlOutput.Attribute(writer, "target", target);
        writer.WriteAttributeString("label", label);
    }

    private static void AttValues(XmlWriter writer, params (string For, string? Value)[] values)
    {
        writer.WriteStartElement("attvalues", Namespace);
        foreach (var (target, value) in values)
        {
            if (value is null)
            {
                continue;
            }

            writer.WriteStartElement("attvalue", Namespace);
            writer.WriteAttributeString("for", target);
            XmlOutput.Attribute(writer, "value", value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Spells(XmlWriter writer, IEnumerable<(LocalDate Start, LocalDate End)> spells)
    {
        writer.WriteStartElement("spells", Namespace);
        foreach (var (start, end) in spells)
        {
            writer.WriteStartElement("spell", Namespace);
            writer.WriteAttributeString("start", Labels.Date(start));
            writer.WriteAttributeString("end", Labels.Date(end));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
