using System.Xml;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>GraphML (yEd, Gephi, Cytoscape, NetworkX): actor and event nodes, PARTICIPATES_IN edges from actors to
/// events (with the role) and relation edges between actors, every value a declared <c>key</c>.</summary>
public sealed class GraphMlExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("n_class", "node", "class", "string"),
        ("n_label", "node", "label", "string"),
        ("n_kind", "node", "kind", "string"),
        ("n_aliases", "node", "aliases", "string"),
        ("n_type", "node", "type", "string"),
        ("n_mode", "node", "mode", "string"),
        ("n_modality", "node", "modality", "string"),
        ("n_start", "node", "start", "string"),
        ("n_end", "node", "end", "string"),
        ("n_granularity", "node", "granularity", "string"),
        ("n_confidence", "node", "confidence", "double"),
        ("n_mentions", "node", "mentions", "int"),
        ("n_document", "node", "document", "string"),
        ("n_sentence", "node", "sentence", "string"),
        ("e_label", "edge", "label", "string"),
        ("e_title", "edge", "title", "string"),
        ("e_since", "edge", "since", "string"),
        ("e_document", "edge", "document", "string"),
    ];

    public string Name => "graphml";

    public string FileExtension => "graphml";

    public string MediaType => "application/graphml+xml";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        using var writer = XmlOutput.Create(output);
        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        writer.WriteAttributeString(
            "xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var (id, target, name, type) in Keys)
        {
            writer.WriteStartElement("key", Namespace);
            writer.WriteAttributeString("id", id);
            writer.WriteAttributeString("for", target);
            writer.WriteAttributeString("attr.name", name);
            writer.WriteAttributeString("attr.type", type);
            writer.WriteEndElement();
        }

        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "timeline");
        writer.WriteAttributeString("edgedefault", "directed");
        foreach (var actor in view.Actors)
        {
            WriteActor(writer, actor);
        }

        foreach (var e in view.EventsWith(EventParts.Mentions))
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteEvent(writer, e);
        }

        var edge = 0;
        foreach (var e in view.EventsWith(EventParts.Participants))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var participant in e.Participants)
            {
                StartEdge(writer, "p" + Labels.Number(edge++), participant.Actor.Value, e.Id.Value);
                Data(writer, "e_label", participant.Role.ToWire());
                writer.WriteEndElement();
            }
        }

        edge = 0;
        foreach (var relation in view.Relations)
        {
            StartEdge(writer, "r" + Labels.Number(edge++), relation.Source.Value, relation.Target.Value);
            Data(writer, "e_label", relation.Type.ToWire());
            Data(writer, "e_title", relation.Title);
            Data(writer, "e_since", Labels.Date(relation.Since));
            Data(writer, "e_document", relation.Evidence.Document.Value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
        return Task.CompletedTask;
    }

    private static void WriteActor(XmlWriter writer, Actor actor)
    {
        writer.WriteStartElement("node", Namespace);
        XmlOutput.Attribute(writer, "id", actor.Id.Value);
        Data(writer, "n_class", "actor");
        Data(writer, "n_label", actor.Name);
        Data(writer, "n_kind", actor.Kind.ToWire());
        Data(writer, "n_aliases", actor.Aliases.IsDefaultOrEmpty ? null : string.Join("|", actor.Aliases));
        writer.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter writer, Event e)
    {
        writer.WriteStartElement("node", Namespace);
        writer.WriteAttributeString("id", e.Id.Value);
        Data(writer, "n_class", "event");
        Data(writer, "n_label", Labels.EventLabel(e));
        Data(writer, "n_type", e.Type.ToWire());
        Data(writer, "n_mode", e.Mode);
        Data(writer, "n_modality", e.Modality.ToWire());
        Data(writer, "n_start", Labels.Date(e.Time?.Start));
        Data(writer, "n_end", Labels.Date(e.Time?.End));
        Data(writer, "n_granularity", e.Time is null ? null : Core.Time.TimeWireNames.ToWire(e.Time.Granularity));
        Data(writer, "n_confidence", Labels.Number(e.Confidence));
        Data(writer, "n_mentions", Labels.Number(e.Mentions.Length));
        Data(writer, "n_document", e.Primary.Document.Value);
        Data(writer, "n_sentence", e.Primary.SentenceText);
        writer.WriteEndElement();
    }

    private static void StartEdge(XmlWriter writer, string id, string source, string target)
    {
        writer.WriteStartElement("edge", Namespace);
        writer.WriteAttributeString("id", id);
        XmlOutput.Attribute(writer, "source", source);
        XmlOutput.Attribute(writer, "target", target);
    }

    private static void Data(XmlWriter writer, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(Labels.XmlSafe(value));
        writer.WriteEndElement();
    }
}
