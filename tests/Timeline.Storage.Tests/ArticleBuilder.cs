using System.Collections.Immutable;
using NodaTime.Text;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Storage.Tests;

/// <summary>Builds a <see cref="DocumentExtraction"/> from a text written for the tests: spans are found by searching
/// the text, so every offset and covered text is consistent.</summary>
internal sealed class ArticleBuilder
{
    private readonly DocumentInfo _info;
    private readonly string _text;
    private readonly List<Actor> _actors = [];
    private readonly List<Mention> _mentions = [];
    private readonly List<Relation> _relations = [];
    private readonly List<Event> _events = [];

    public ArticleBuilder(string id, string text, string? published = "2022-02-01T10:53:00+01:00", string? source = "Abendblatt",
        Language language = Language.German, string? title = null)
    {
        _text = text;
        _info = new DocumentInfo(
            new DocumentId(id),
            title ?? text[..text.IndexOf('.', StringComparison.Ordinal)],
            language,
            published is null ? null : OffsetDateTimePattern.ExtendedIso.Parse(published).GetValueOrThrow(),
            source,
            null,
            id + ".txt");
    }

    public DocumentId Id => _info.Id;

    /// <summary>Lists an actor and adds a mention for each occurrence of its name and aliases in the text.</summary>
    public ArticleBuilder Actor(string id, string name, ActorKind kind = ActorKind.Person, params string[] aliases)
    {
        _actors.Add(new Actor(new ActorId(id), name, kind, [.. aliases.Order(StringComparer.Ordinal)]));
        foreach (var surface in aliases.Prepend(name))
        {
            for (var at = _text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                _mentions.Add(new Mention(new TextSpan(at, at + surface.Length), surface, new ActorId(id), kind));
            }
        }

        return this;
    }

    public ArticleBuilder Relation(string source, RelationType type, string target, string? title, string evidence)
    {
        _relations.Add(new Relation(new ActorId(source), type, new ActorId(target), title, _info.Published?.Date, new Evidence(_info.Id, Find(evidence))));
        return this;
    }

    /// <summary>Adds an event read from a sentence of the text. <c>when</c> is <c>2022-02-01</c>,
    /// <c>2022-01-29/2022-01-30</c>, or null for undated; participants are <c>actor:role</c> items such as
    /// <c>karla-berger:source</c>.</summary>
    public ArticleBuilder Event(
        EventType type, string sentence, string trigger, string? when, string[] participants, Modality modality = Modality.Asserted,
        double confidence = 0.8, string? mode = null, string? timeText = null, Granularity? granularity = null, string? id = null)
    {
        var sentenceSpan = Find(sentence);
        var triggerAt = _text.IndexOf(trigger, sentenceSpan.Begin, StringComparison.Ordinal);
        var time = when is null ? null : ParseTime(when, granularity);
        var parsed = participants.Select(p =>
        {
            var colon = p.IndexOf(':', StringComparison.Ordinal);
            Assert.True(EventWireNames.TryParseRole(p[(colon + 1)..], out var role), p);
            return new Participant(new ActorId(p[..colon]), role);
        }).ToImmutableArray();
        var eventId = id is null
            ? EventIdentity.For(type, parsed.Select(p => p.Actor), time, _info.Id, sentenceSpan.Begin)
            : new EventId(id);
        TimeEvidence? evidence = timeText is null ? null : new TimeEvidence(timeText, Find(timeText, sentenceSpan.Begin));
        var mention = new EventMention(_info.Id, sentenceSpan, sentence, trigger, new TextSpan(triggerAt, triggerAt + trigger.Length), modality, confidence, evidence);
        _events.Add(new Event(eventId, type, mode, modality, time, parsed, confidence, [mention]));
        return this;
    }

    public DocumentExtraction Build() =>
        new(new Document(_info, _text), [], [.. _mentions.OrderBy(m => m.Span.Begin)], [.. _actors.OrderBy(a => a.Id.Value, StringComparer.Ordinal)],
            [.. _relations], [.. _events]);

    public static EventTime ParseTime(string when, Granularity? granularity = null)
    {
        var slash = when.IndexOf('/', StringComparison.Ordinal);
        var start = LocalDatePattern.Iso.Parse(slash < 0 ? when : when[..slash]).GetValueOrThrow();
        var end = slash < 0 ? start : LocalDatePattern.Iso.Parse(when[(slash + 1)..]).GetValueOrThrow();
        return new EventTime(start, end, granularity ?? (slash < 0 ? Granularity.Day : Granularity.Range), when);
    }

    private TextSpan Find(string part, int from = 0)
    {
        var at = _text.IndexOf(part, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is not in the test text");
        return new TextSpan(at, at + part.Length);
    }
}
