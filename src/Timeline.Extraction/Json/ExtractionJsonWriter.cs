using System.Globalization;
using Newtonsoft.Json;
using NodaTime.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;
using Timeline.Extraction.Resolution;

namespace Timeline.Extraction.Json;

/// <summary>Writes the extraction JSON of the contract (<c>timeline-extract/1</c>), streaming documents as they come and
/// writing the merged actors, relations and events at the end.</summary>
/// <remarks>Byte-identical output for the same input: ordinal ordering, invariant formatting, two-space indentation.
/// Property names are the contract's plain ASCII names and are written without the escaping pass.</remarks>
public sealed class ExtractionJsonWriter : IDisposable
{
    public const string Schema = "timeline-extract/1";

    private static readonly OffsetDateTimePattern PublishedPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private readonly JsonTextWriter _json;
    private readonly SortedDictionary<string, ActorAccumulator> _actors = new(StringComparer.Ordinal);
    private readonly List<Relation> _relations = [];
    private readonly List<Event> _events = [];
    private bool _finished;

    public ExtractionJsonWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        _json.WriteStartObject();
        _json.WritePropertyName("schema", escape: false);
        _json.WriteValue(Schema);
        _json.WritePropertyName("documents", escape: false);
        _json.WriteStartArray();
    }

    public void Write(DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ObjectDisposedException.ThrowIf(_finished, this);
        WriteDocument(extraction);
        foreach (var actor in extraction.Actors)
        {
            if (!_actors.TryGetValue(actor.Id.Value, out var accumulator))
            {
                _actors[actor.Id.Value] = accumulator = new ActorAccumulator(actor);
            }

            accumulator.Add(actor);
        }

        _relations.AddRange(extraction.Relations);
        _events.AddRange(extraction.Events);
    }

    /// <summary>Writes actors, relations and events and closes the JSON object.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _json.WriteEndArray();

        _json.WritePropertyName("actors", escape: false);
        _json.WriteStartArray();
        foreach (var actor in _actors.Values)
        {
            WriteActor(actor.ToActor());
        }

        _json.WriteEndArray();

        _json.WritePropertyName("relations", escape: false);
        _json.WriteStartArray();
        foreach (var relation in _relations
                     .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
                     .ThenBy(r => r.Type)
                     .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
                     .ThenBy(r => r.Evidence.Document.Value, StringComparer.Ordinal)
                     .ThenBy(r => r.Evidence.Span.Begin))
        {
            WriteRelation(relation);
        }

        _json.WriteEndArray();

        _json.WritePropertyName("events", escape: false);
        _json.WriteStartArray();
        foreach (var item in EventMerger.Merge(_events))
        {
            WriteEvent(item);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose()
    {
        Finish();
        ((IDisposable)_json).Dispose();
    }

    internal static string FormatPublished(NodaTime.OffsetDateTime published) => PublishedPattern.Format(published);

    private void WriteDocument(DocumentExtraction extraction)
    {
        var info = extraction.Document.Info;
        _json.WriteStartObject();
        Property("id", info.Id.Value);
        Property("title", info.Title);
        Property("source", info.Source);
        Property("url", info.Url);
        Property("language", info.Language.ToCode());
        Property("published", info.Published is { } published ? FormatPublished(published) : null);
        _json.WritePropertyName("timexes", escape: false);
        _json.WriteStartArray();
        foreach (var timex in extraction.Timexes)
        {
            _json.WriteStartObject();
            Span(timex.Span);
            Property("text", timex.Text);
            Property("type", timex.Type.ToWire());
            Property("value", timex.Value);
            if (timex.Mod is not null)
            {
                Property("mod", timex.Mod);
            }

            if (timex.Interval is { } interval)
            {
                _json.WritePropertyName("resolved", escape: false);
                _json.WriteStartObject();
                Property("start", LocalDatePattern.Iso.Format(interval.Start));
                Property("end", LocalDatePattern.Iso.Format(interval.End));
                Property("granularity", interval.Granularity.ToWire());
                _json.WriteEndObject();
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WritePropertyName("mentions", escape: false);
        _json.WriteStartArray();
        foreach (var mention in extraction.Mentions)
        {
            _json.WriteStartObject();
            Span(mention.Span);
            Property("text", mention.Text);
            Property("actor", mention.Actor.Value);
            Property("kind", mention.Kind.ToWire());
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteActor(Actor actor)
    {
        _json.WriteStartObject();
        Property("id", actor.Id.Value);
        Property("name", actor.Name);
        Property("kind", actor.Kind.ToWire());
        _json.WritePropertyName("aliases", escape: false);
        _json.WriteStartArray();
        foreach (var alias in actor.Aliases)
        {
            _json.WriteValue(alias);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteRelation(Relation relation)
    {
        _json.WriteStartObject();
        Property("source", relation.Source.Value);
        Property("type", relation.Type.ToWire());
        Property("target", relation.Target.Value);
        Property("title", relation.Title);
        Property("since", relation.Since is { } since ? LocalDatePattern.Iso.Format(since) : null);
        _json.WritePropertyName("evidence", escape: false);
        _json.WriteStartObject();
        Property("document", relation.Evidence.Document.Value);
        Span(relation.Evidence.Span);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteEvent(Event item)
    {
        var primary = item.Primary;
        _json.WriteStartObject();
        Property("id", item.Id.Value);
        Property("type", item.Type.ToWire());
        Property("mode", item.Mode);
        Property("modality", item.Modality.ToWire());
        Property("trigger", primary.Trigger);
        Property("document", primary.Document.Value);
        WriteSentence(primary);
        _json.WritePropertyName("time", escape: false);
        if (item.Time is { } time)
        {
            _json.WriteStartObject();
            Property("value", time.Value);
            Property("start", LocalDatePattern.Iso.Format(time.Start));
            Property("end", LocalDatePattern.Iso.Format(time.End));
            Property("granularity", time.Granularity.ToWire());

            // The contract's time object names both the inclusive end date and the evidence's end offset "end"; JSON
            // readers keep the last one (the offset), so the end date is also given unambiguously.
            Property("endDate", LocalDatePattern.Iso.Format(time.End));
            Property("text", primary.TimeEvidence?.Text);
            if (primary.TimeEvidence is { } evidence)
            {
                Span(evidence.Span);
            }
            else
            {
                _json.WritePropertyName("begin", escape: false);
                _json.WriteNull();
                _json.WritePropertyName("end", escape: false);
                _json.WriteNull();
            }

            _json.WriteEndObject();
        }
        else
        {
            _json.WriteNull();
        }

        _json.WritePropertyName("participants", escape: false);
        _json.WriteStartArray();
        foreach (var participant in item.Participants)
        {
            _json.WriteStartObject();
            Property("actor", participant.Actor.Value);
            Property("role", participant.Role.ToWire());
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        Number("confidence", item.Confidence);
        _json.WritePropertyName("mentionCount", escape: false);
        _json.WriteValue(item.Mentions.Length);
        _json.WritePropertyName("mentions", escape: false);
        _json.WriteStartArray();
        foreach (var mention in item.Mentions)
        {
            _json.WriteStartObject();
            Property("document", mention.Document.Value);
            WriteSentence(mention);
            Property("trigger", mention.Trigger);
            _json.WritePropertyName("triggerSpan", escape: false);
            _json.WriteStartObject();
            Span(mention.TriggerSpan);
            _json.WriteEndObject();
            Property("modality", mention.Modality.ToWire());
            Number("confidence", mention.Confidence);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteSentence(EventMention mention)
    {
        _json.WritePropertyName("sentence", escape: false);
        _json.WriteStartObject();
        Span(mention.Sentence);
        Property("text", mention.SentenceText);
        _json.WriteEndObject();
    }

    private void Span(TextSpan span)
    {
        _json.WritePropertyName("begin", escape: false);
        _json.WriteValue(span.Begin);
        _json.WritePropertyName("end", escape: false);
        _json.WriteValue(span.End);
    }

    private void Property(string name, string? value)
    {
        _json.WritePropertyName(name, escape: false);
        _json.WriteValue(value);
    }

    private void Number(string name, double value)
    {
        _json.WritePropertyName(name, escape: false);
        _json.WriteRawValue(Math.Round(value, 2).ToString("0.0#", CultureInfo.InvariantCulture));
    }

    private sealed class ActorAccumulator(Actor first)
    {
        private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);

        public void Add(Actor actor)
        {
            foreach (var alias in actor.Aliases)
            {
                _aliases.Add(alias);
            }
        }

        public Actor ToActor() => first with { Aliases = [.. _aliases.Where(a => !string.Equals(a, first.Name, StringComparison.Ordinal))] };
    }
}
