using System.Collections.Immutable;
using NodaTime;
using Timeline.Core.Actors;
using Timeline.Core.Documents;
using Timeline.Core.Events;
using Timeline.Core.Time;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Builds a document with hand-made actor mentions and time expressions, as the actor recognizer and the timex
/// tagger would deliver them, and runs the event extractor on it.</summary>
internal sealed class EventTestDocument
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();
    private readonly List<Mention> _mentions = [];
    private readonly List<Timex> _timexes = [];
    private readonly List<Core.Actors.Actor> _listed = [];
    private readonly bool[] _used;

    public EventTestDocument(string text, Language language = Language.German, string published = "2022-02-01T10:53:00+01:00")
    {
        Text = text;
        Language = language;
        Published = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(published).Value;
        _used = new bool[text.Length];
    }

    public string Text { get; }

    public Language Language { get; }

    public OffsetDateTime Published { get; }

    /// <summary>Marks every occurrence of <paramref name="surface"/> not yet covered as a mention of <paramref name="actor"/>.</summary>
    public EventTestDocument Actor(string surface, string actor, ActorKind kind = ActorKind.Country)
    {
        var at = 0;
        while ((at = Text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
        {
            if (!_used.AsSpan(at, surface.Length).Contains(true))
            {
                _mentions.Add(new Mention(new TextSpan(at, at + surface.Length), surface, new ActorId(actor), kind));
                _used.AsSpan(at, surface.Length).Fill(true);
            }

            at += surface.Length;
        }

        return this;
    }

    /// <summary>Lists an actor among the document's actors (as the actor layer does for every actor it resolved), without
    /// a mention of its own here.</summary>
    public EventTestDocument Listed(string actor, string name, ActorKind kind)
    {
        _listed.Add(new Core.Actors.Actor(new ActorId(actor), name, kind, []));
        return this;
    }

    /// <summary>Marks the first occurrence of <paramref name="surface"/> as a date from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public EventTestDocument Date(string surface, string value, string start, string? end = null, Granularity granularity = Granularity.Day)
    {
        var at = Text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{surface}' is not in the text");
        var interval = new EventTime(Parse(start), Parse(end ?? start), granularity, value);
        _timexes.Add(new Timex(new TextSpan(at, at + surface.Length), surface, TimexType.Date, value, interval));
        return this;
    }

    /// <summary>Marks <paramref name="surface"/> as a vague reference (<c>PAST_REF</c>, <c>PRESENT_REF</c>).</summary>
    public EventTestDocument Vague(string surface, string value)
    {
        var at = Text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{surface}' is not in the text");
        _timexes.Add(new Timex(new TextSpan(at, at + surface.Length), surface, TimexType.Date, value, null));
        return this;
    }

    public ImmutableArray<Event> Extract()
    {
        var info = new DocumentInfo(new DocumentId("doc-1"), string.Empty, Language, Published, null, null, "test");
        var document = new Document(info, Text);
        var mentions = _mentions.OrderBy(m => m.Span.Begin).ToImmutableArray();
        var recognition = new ActorRecognition(mentions, [.. _listed], []);
        return Extractor.Extract(document, SentenceSplitter.Split(Text), [.. _timexes.OrderBy(t => t.Span.Begin)], recognition);
    }

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
