using System.Text;
using Timeline.Core.Actors;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Core.Relations;
using Timeline.Export.Model;

namespace Timeline.Export.Formats;

/// <summary>Graphviz DOT: actors as boxes, events as ellipses (label: type and date), edges from actors to their
/// events labelled with the role, relation edges dashed. Every id and label is a quoted, escaped DOT string.</summary>
public sealed class DotExporter : IGraphExporter
{
    public string Name => "dot";

    public string FileExtension => "dot";

    public string MediaType => "text/vnd.graphviz";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        using var writer = TextOutput.Create(output);
        writer.WriteLine("digraph timeline {");
        writer.WriteLine("  graph [rankdir=LR, label=" + Quote(options.Title) + ", fontname=\"Helvetica\"];");
        writer.WriteLine("  node [fontname=\"Helvetica\", fontsize=10];");
        writer.WriteLine("  edge [fontname=\"Helvetica\", fontsize=8];");
        foreach (var actor in view.Actors)
        {
            writer.WriteLine("  " + Quote(actor.Id.Value) + " [label=" + Quote(actor.Name) + ", shape=box, class=\"actor\", kind=" + Quote(actor.Kind.ToWire()) + "];");
        }

        foreach (var e in view.EventsWith(EventParts.Mentions))
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteLine(
                "  " + Quote(e.Id.Value) + " [label=" + Quote(Labels.EventLabel(e)) + ", shape=ellipse, class=\"event\", type="
                + Quote(e.Type.ToWire()) + ", modality=" + Quote(e.Modality.ToWire()) + ", tooltip=" + Quote(e.Primary.SentenceText) + "];");
        }

        foreach (var e in view.EventsWith(EventParts.Participants))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var participant in e.Participants)
            {
                writer.WriteLine("  " + Quote(participant.Actor.Value) + " -> " + Quote(e.Id.Value) + " [label=" + Quote(participant.Role.ToWire()) + "];");
            }
        }

        foreach (var relation in view.Relations)
        {
            var label = relation.Type.ToWire() + (relation.Title is null ? string.Empty : ": " + relation.Title);
            writer.WriteLine("  " + Quote(relation.Source.Value) + " -> " + Quote(relation.Target.Value) + " [label=" + Quote(label) + ", style=dashed];");
        }

        writer.WriteLine("}");
        writer.Flush();
        return Task.CompletedTask;
    }

    /// <summary>A DOT double-quoted string: backslash and quote escaped, line breaks as <c>\n</c>, other control
    /// characters dropped.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
