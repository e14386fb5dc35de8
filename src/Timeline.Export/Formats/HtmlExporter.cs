using System.Globalization;
using System.Net;
using Timeline.Core.Events;
using Timeline.Core.Graph;
using Timeline.Export.Model;
using Timeline.Query.Timelines;

namespace Timeline.Export.Formats;

/// <summary>A self-contained HTML page: a readable timeline table (rendered on the server side, so it reads without
/// script) with filters by type, actor and date (inline script), and the actor graph as inline SVG. No external
/// resources. The markup is also well-formed XML (script in a CDATA section) so tools and tests can parse it.</summary>
public sealed class HtmlExporter : IGraphExporter
{
    /// <summary>Most actors drawn in the graph.</summary>
    public const int GraphActors = 60;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:1.5rem;color:#222;background:#fff}
        h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.2rem 0 .5rem}
        .summary{color:#555;margin:0 0 1rem}
        #filters{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;padding:.6rem;background:#f3f4f6;border-radius:6px}
        #filters label{font-size:.9rem}#f-count{font-weight:600;margin-left:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#fafafa;position:sticky;top:0}
        td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
        tr.undated td.date{color:#a15c00;font-style:italic}
        .type{display:inline-block;padding:0 .35rem;border-radius:3px;color:#fff;font-size:.75rem;font-weight:600}
        .q0{background:#888}.q1{background:#4a90c2}.q2{background:#2166ac}.q3{background:#e07b4f}.q4{background:#b2182b}
        .prov{color:#666;font-size:.8rem;margin-top:.2rem}
        #graph svg{border:1px solid #ddd;border-radius:6px;max-width:100%;height:auto;background:#fcfcfd}
        #graph line{stroke:#9aa5b1}#graph circle{fill:#3b6ea5;stroke:#fff;stroke-width:1.5}
        #graph g.node{cursor:pointer}#graph text{font-size:11px;fill:#222}
        """;

    private const string Script = """
        (function () {
          var rows = Array.prototype.slice.call(document.querySelectorAll('#events tbody tr'));
          var type = document.getElementById('f-type'), actor = document.getElementById('f-actor');
          var from = document.getElementById('f-from'), to = document.getElementById('f-to');
          var count = document.getElementById('f-count');
          function apply() {
            var t = type.value, a = actor.value.trim().toLowerCase(), f = from.value, u = to.value, shown = 0;
            rows.forEach(function (r) {
              var ok = (!t || r.getAttribute('data-type') === t)
                && (!a || r.getAttribute('data-actors').toLowerCase().indexOf(a) >= 0)
                && (!f || (r.getAttribute('data-end') || '9999-12-31') >= f)
                && (!u || (r.getAttribute('data-start') || '0000-01-01') <= u);
              r.style.display = ok ? '' : 'none';
              if (ok) { shown++; }
            });
            count.textContent = shown + ' of ' + rows.length + ' events shown';
          }
          [type, actor, from, to].forEach(function (el) {
            el.addEventListener('input', apply);
            el.addEventListener('change', apply);
          });
          Array.prototype.forEach.call(document.querySelectorAll('#graph g.node'), function (g) {
            g.addEventListener('click', function () { actor.value = g.getAttribute('data-name'); apply(); });
          });
          apply();
        })();
        """;

    public string Name => "html";

    public string FileExtension => "html";

    public string MediaType => "text/html";

    public Task WriteAsync(ISnapshotSource source, Stream output, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var view = new SnapshotView(source);
        var documents = view.Documents.ToDictionary(d => d.Id.Value, StringComparer.Ordinal);

        // One pass for the filters, the actor graph and the undated events; the dated events are already in timeline
        // order (start, then end, then id) and are streamed by the second pass, with the undated ones merged in.
        var types = new SortedSet<EventType>();
        var undated = new List<Event>();
        IEnumerable<Event> Summarize()
        {
            foreach (var e in view.Events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                types.Add(e.Type);
                if (e.Time is null)
                {
                    undated.Add(e);
                }

                yield return e;
            }
        }

        var layout = ActorLayout.Of(Summarize(), view.Names, GraphActors);
        var placed = TimelineQuery.Order(undated, documents);
        using var w = TextOutput.Create(output);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\"/>");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        w.WriteLine("<title>" + Text(options.Title) + "</title>");
        w.WriteLine("<style>");
        w.Write(Style);
        w.WriteLine();
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<h1>" + Text(options.Title) + "</h1>");
        w.WriteLine(
            "<p class=\"summary\">" + Labels.Number(view.EventCount) + " events, " + Labels.Number(view.Actors.Length) + " actors, "
            + Labels.Number(view.Documents.Length) + " articles" + WindowText(options) + "</p>");
        WriteFilters(w, view, types);
        WriteGraph(w, layout);
        w.WriteLine("<section id=\"timeline\"><h2>Timeline</h2>");
        w.WriteLine("<table id=\"events\"><thead><tr><th>Date</th><th>Type</th><th>Actors</th><th>Reported</th></tr></thead><tbody>");
        var next = 0;
        foreach (var e in view.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (e.Time is null)
            {
                // The undated events come last and were read by the first pass.
                break;
            }

            for (; next < placed.Length && AnchorOf(placed[next], documents) < e.Time.Start; next++)
            {
                WriteRow(w, view, documents, placed[next]);
            }

            WriteRow(w, view, documents, e);
        }

        for (; next < placed.Length; next++)
        {
            WriteRow(w, view, documents, placed[next]);
        }

        w.WriteLine("</tbody></table></section>");
        w.WriteLine("<script>//<![CDATA[");
        w.Write(Script);
        w.WriteLine();
        w.WriteLine("//]]></script>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
        w.Flush();
        return Task.CompletedTask;
    }

    private static string WindowText(ExportOptions options)
    {
        var parts = new List<string>();
        if (options.Window.From is { } from)
        {
            parts.Add("from " + Labels.Date(from));
        }

        if (options.Window.To is { } to)
        {
            parts.Add("to " + Labels.Date(to));
        }

        if (options.Window.AsOf is { } asOf)
        {
            parts.Add("as of " + Labels.Date(asOf));
        }

        return parts.Count == 0 ? string.Empty : "; " + string.Join(", ", parts);
    }

    /// <summary>The day an undated event is shown on (as <see cref="TimelineQuery.Order"/> places it): its article's
    /// publication date, or after everything.</summary>
    private static NodaTime.LocalDate AnchorOf(Event e, Dictionary<string, Core.Documents.DocumentInfo> documents) =>
        documents.TryGetValue(e.Primary.Document.Value, out var document) && document.Published is { } published
            ? published.Date
            : NodaTime.LocalDate.MaxIsoValue;

    private static void WriteFilters(TextWriter w, SnapshotView view, SortedSet<EventType> types)
    {
        w.WriteLine("<section id=\"filters\">");
        w.Write("<label>Type <select id=\"f-type\"><option value=\"\">all</option>");
        foreach (var type in types)
        {
            w.Write("<option value=\"" + type.ToWire() + "\">" + type.ToWire() + "</option>");
        }

        w.WriteLine("</select></label>");
        w.WriteLine("<label>Actor <input id=\"f-actor\" type=\"search\" placeholder=\"name\"/></label>");
        w.WriteLine("<label>From <input id=\"f-from\" type=\"date\"/></label>");
        w.WriteLine("<label>To <input id=\"f-to\" type=\"date\"/></label>");
        w.WriteLine("<span id=\"f-count\">" + Labels.Number(view.EventCount) + " events</span>");
        w.WriteLine("</section>");
    }

    private static void WriteGraph(TextWriter w, ActorLayout layout)
    {
        var size = Labels.Number((int)ActorLayout.Size);
        w.WriteLine("<section id=\"graph\"><h2>Actors</h2>");
        w.WriteLine(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size + "\" height=\"" + size
            + "\" role=\"img\" aria-label=\"Actor graph: actors joined when they share events\">");
        var nodes = layout.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var edge in layout.Edges)
        {
            var (a, b) = (nodes[edge.A], nodes[edge.B]);
            w.WriteLine(
                "<line x1=\"" + Coordinate(a.X) + "\" y1=\"" + Coordinate(a.Y) + "\" x2=\"" + Coordinate(b.X) + "\" y2=\"" + Coordinate(b.Y)
                + "\" stroke-width=\"" + Coordinate(Math.Min(6, 0.8 + Math.Log2(edge.Weight))) + "\"><title>"
                + Text(a.Name + " – " + b.Name + ": " + Labels.Number(edge.Weight) + " shared events") + "</title></line>");
        }

        foreach (var node in layout.Nodes)
        {
            var radius = Math.Min(18, 4 + 2 * Math.Sqrt(node.Events));
            var left = node.X > ActorLayout.Size / 2;
            w.WriteLine(
                "<g class=\"node\" data-name=\"" + Text(node.Name) + "\"><title>" + Text(node.Name + ": " + Labels.Number(node.Events) + " events")
                + "</title><circle cx=\"" + Coordinate(node.X) + "\" cy=\"" + Coordinate(node.Y) + "\" r=\"" + Coordinate(radius)
                + "\"/><text x=\"" + Coordinate(left ? node.X - radius - 2 : node.X + radius + 2) + "\" y=\"" + Coordinate(node.Y + 4) + "\""
                + (left ? " text-anchor=\"end\"" : string.Empty) + ">" + Text(Shorten(node.Name)) + "</text></g>");
        }

        w.WriteLine("</svg></section>");
    }

    private static void WriteRow(TextWriter w, SnapshotView view, Dictionary<string, Core.Documents.DocumentInfo> documents, Event e)
    {
        documents.TryGetValue(e.Primary.Document.Value, out var document);
        var actors = e.Participants.Select(p => (Name: view.NameOf(p.Actor), p.Actor.Value, p.Role)).ToList();
        var date = e.Time is null
            ? "undated" + (document?.Published is { } published ? " (published " + Labels.Date(published.Date) + ")" : string.Empty)
            : e.Time.Start == e.Time.End ? Labels.Date(e.Time.Start) : Labels.Date(e.Time.Start) + " – " + Labels.Date(e.Time.End);
        var quad = (int)Query.Scoring.CooperationConflictScale.ClassOf(e.Type);
        w.Write("<tr" + (e.Time is null ? " class=\"undated\"" : string.Empty) + " data-type=\"" + e.Type.ToWire() + "\" data-actors=\""
            + Text(string.Join("|", actors.Select(a => a.Name + "|" + a.Value))) + "\"");
        if (e.Time is not null)
        {
            w.Write(" data-start=\"" + Labels.Date(e.Time.Start) + "\" data-end=\"" + Labels.Date(e.Time.End) + "\"");
        }

        w.Write("><td class=\"date\">" + Text(date) + "</td>");
        w.Write("<td><span class=\"type q" + quad.ToString(CultureInfo.InvariantCulture) + "\">" + e.Type.ToWire() + "</span>"
            + (e.Mode is null ? string.Empty : " " + Text(e.Mode)) + "</td>");
        w.Write("<td>" + string.Join(", ", actors.Select(a => Text(a.Name) + " <small>(" + a.Role.ToWire() + ")</small>")) + "</td>");
        var source = document is null ? e.Primary.Document.Value
            : (document.Title.Length == 0 ? document.Id.Value : document.Title) + (document.Source is null ? string.Empty : " · " + document.Source);
        w.WriteLine(
            "<td>" + Text(e.Primary.SentenceText) + "<div class=\"prov\">" + Text(source) + " · " + e.Modality.ToWire()
            + (e.Mentions.Length > 1 ? " · " + Labels.Number(e.Mentions.Length) + " mentions" : string.Empty) + "</div></td></tr>");
    }

    private static string Shorten(string name) => name.Length <= 28 ? name : name[..27] + "…";

    private static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(string text) => WebUtility.HtmlEncode(Labels.XmlSafe(text));
}
