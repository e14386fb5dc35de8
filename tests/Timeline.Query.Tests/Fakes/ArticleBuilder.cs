using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Extraction;
using Timeline.Core.Relations;
using Timeline.Core.Time;

namespace Timeline.Query.Tests.Fakes;

/// <summary>Builds a <see cref="DocumentExtraction"/> from invented sentences, computing spans and event ids the way
/// the pipeline does.</summary>
public sealed class ArticleBuilder(string id, string title, Language language, OffsetDateTime? published, string? source)
{
    private readonly List<string> _sentences = [];
    private readonly List<Event> _events = [];
    private readonly List<Relation> _relations = [];
    private readonly SortedDictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    private string Text => string.Join(" ", _sentences);

    public ArticleBuilder Sentence(string sentence)
    {
        _sentences.Add(sentence);
        return this;
    }

    public ArticleBuilder Actor(Actor actor)
    {
        _actors[actor.Id.Value] = actor;
        return this;
    }

    /// <summary>An event read from sentence <paramref name="sentence"/> (0-based) with <paramref name="trigger"/> in it.</summary>
    public ArticleBuilder Event(
        int sentence, string trigger, EventType type, EventTime? time, Modality modality, string? mode, double confidence,
        params (Actor Actor, ParticipantRole Role)[] participants)
    {
        foreach (var (actor, _) in participants)
        {
            Actor(actor);
        }

        var (begin, text) = SentenceAt(sentence);
        var triggerBegin = begin + text.IndexOf(trigger, StringComparison.Ordinal);
        if (triggerBegin < begin)
        {
            throw new ArgumentException($"'{trigger}' is not in sentence {sentence}", nameof(trigger));
        }

        var docId = new DocumentId(id);
        var mention = new EventMention(
            docId, new TextSpan(begin, begin + text.Length), text, trigger, new TextSpan(triggerBegin, triggerBegin + trigger.Length),
            modality, confidence, null);
        _events.Add(new Event(
            EventIdentity.For(type, participants.Select(p => p.Actor.Id), time, docId, begin),
            type,
            mode,
            modality,
            time,
            [.. participants.OrderBy(p => p.Role != ParticipantRole.Source).ThenBy(p => p.Actor.Id.Value, StringComparer.Ordinal)
                .Select(p => new Participant(p.Actor.Id, p.Role))],
            confidence,
            [mention]));
        return this;
    }

    public ArticleBuilder Relation(Actor source, RelationType type, Actor target, string? title, int sentence)
    {
        Actor(source);
        Actor(target);
        var (begin, text) = SentenceAt(sentence);
        _relations.Add(new Relation(source.Id, type, target.Id, title, published?.Date, new Evidence(new DocumentId(id), new TextSpan(begin, begin + text.Length))));
        return this;
    }

    public DocumentExtraction Build()
    {
        var info = new DocumentInfo(new DocumentId(id), title, language, published, source, null, id + ".txt");
        return new DocumentExtraction(new Document(info, Text), [], [], [.. _actors.Values], [.. _relations], [.. _events]);
    }

    private (int Begin, string Text) SentenceAt(int index)
    {
        var begin = _sentences.Take(index).Sum(s => s.Length + 1);
        return (begin, _sentences[index]);
    }
}
