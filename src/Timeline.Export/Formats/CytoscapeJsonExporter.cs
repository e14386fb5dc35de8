using Newtonsoft.Json;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>Cytoscape.js elements JSON (<c>cy.add(json.elements)</c> or Cytoscape desktop's "import network from
/// JSON"): actor and event nodes, PARTICIPATES_IN and relation edges.</summary>
public sealed class CytoscapeJsonExporter : IGraphExporter
{
    public string Name => "json";

    public string FileExtension => "json";

    public string MediaType => "application/json";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        using var text = TextOutput.Create(output);
        using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 1, IndentChar = ' ', CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("data");
        json.WriteStartObject();
        Property(json, "title", options.Title);
        Property(json, "from", Labels.Date(options.Window.From));
        Property(json, "to", Labels.Date(options.Window.To));
        Property(json, "asOf", Labels.Date(options.Window.AsOf));
        json.WriteEndObject();
        json.WritePropertyName("elements");
        json.WriteStartObject();
        json.WritePropertyName("nodes");
        json.WriteStartArray();
        foreach (var actor in view.Actors)
        {
            WriteActor(json, actor);
        }

        foreach (var e in view.EventsWith(EventParts.Mentions))
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteEvent(json, e);
        }

        json.WriteEndArray();
        json.WritePropertyName("edges");
        json.WriteStartArray();
        var edge = 0;
        foreach (var e in view.EventsWith(EventParts.Participants))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var participant in e.Participants)
            {
                StartData(json);
                Property(json, "id", "p" + Labels.Number(edge++));
                Property(json, "source", participant.Actor.Value);
                Property(json, "target", e.Id.Value);
                Property(json, "label", "PARTICIPATES_IN");
                Property(json, "role", participant.Role.ToWire());
                EndData(json);
            }
        }

        edge = 0;
        foreach (var relation in view.Relations)
        {
            StartData(json);
            Property(json, "id", "r" + Labels.Number(edge++));
            Property(json, "source", relation.Source.Value);
            Property(json, "target", relation.Target.Value);
            Property(json, "label", relation.Type.ToWire());
            Property(json, "title", relation.Title);
            Property(json, "since", Labels.Date(relation.Since));
            Property(json, "document", relation.Evidence.Document.Value);
            EndData(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        text.Write('\n');
        return Task.CompletedTask;
    }

    private static void WriteActor(JsonTextWriter json, Actor actor)
    {
        StartData(json);
        Property(json, "id", actor.Id.Value);
        Property(json, "label", actor.Name);
        Property(json, "class", "actor");
        Property(json, "kind", actor.Kind.ToWire());
        json.WritePropertyName("aliases");
        json.WriteStartArray();
        foreach (var alias in actor.Aliases.IsDefault ? [] : actor.Aliases)
        {
            json.WriteValue(alias);
        }

        json.WriteEndArray();
        EndData(json);
    }

    private static void WriteEvent(JsonTextWriter json, Event e)
    {
        StartData(json);
        Property(json, "id", e.Id.Value);
        Property(json, "label", Labels.EventLabel(e));
        Property(json, "class", "event");
        Property(json, "type", e.Type.ToWire());
        Property(json, "mode", e.Mode);
        Property(json, "modality", e.Modality.ToWire());
        Property(json, "start", Labels.Date(e.Time?.Start));
        Property(json, "end", Labels.Date(e.Time?.End));
        Property(json, "granularity", e.Time?.Granularity.ToWire());
        json.WritePropertyName("confidence");
        json.WriteRawValue(Labels.Number(e.Confidence));
        Property(json, "document", e.Primary.Document.Value);
        Property(json, "sentence", e.Primary.SentenceText);
        EndData(json);
    }

    private static void StartData(JsonTextWriter json)
    {
        json.WriteStartObject();
        json.WritePropertyName("data");
        json.WriteStartObject();
    }

    private static void EndData(JsonTextWriter json)
    {
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
