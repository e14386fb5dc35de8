using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Time;

/// <summary>What relative expressions of one document resolve against: the publication date, the last absolute
/// day mentioned so far (the anchor of "am Tag darauf"), and the tense of a sentence.</summary>
internal sealed class ResolutionContext
{
    private readonly TenseDetector _tense;
    private int _cachedSentenceBegin = -1;
    private int _cachedSentenceEnd = -1;
    private Direction _cachedDirection;

    public ResolutionContext(string text, Language language, LocalDate? published)
    {
        Text = text;
        Language = language;
        Published = published;
        _tense = TenseDetector.For(language);
    }

    public string Text { get; }

    public Language Language { get; }

    /// <summary>The publication's local date, or null when unknown.</summary>
    public LocalDate? Published { get; }

    /// <summary>The last day-precise date mentioned before the expression being resolved.</summary>
    public LocalDate? Anchor { get; private set; }

    /// <summary>Where the anchor's mention ended, -1 if none.</summary>
    public int AnchorEnd { get; private set; } = -1;

    /// <summary>The anchor, else the publication date.</summary>
    public LocalDate? AnchorOrPublished => Anchor ?? Published;

    /// <summary>The last quarter mentioned (year, quarter), the reference of "the quarter" and "a year earlier" in
    /// quarterly-results reports.</summary>
    public (int Year, int Quarter)? LastQuarter { get; set; }

    /// <summary>The year of the last date, month, quarter or year mentioned, the reference of "that year".</summary>
    public int? LastYear { get; set; }

    public void SetAnchor(LocalDate day, int end)
    {
        Anchor = day;
        AnchorEnd = end;
    }

    /// <summary>The tense direction at <paramref name="position"/>: in English the verb just before the expression if
    /// there is one, else that of its clause, else of its sentence.</summary>
    public Direction DirectionAt(int position)
    {
        if (Language == Language.English && _tense.LocalDirection(Text, position) is var local && local != Direction.Unknown)
        {
            return local;
        }

        return SentenceDirectionAt(position);
    }

    /// <summary>The direction of the verb just before <paramref name="position"/> only (Unknown when none is near).</summary>
    public Direction LocalDirectionAt(int position) => _tense.LocalDirection(Text, position);

    private Direction SentenceDirectionAt(int position)
    {
        if (position >= _cachedSentenceBegin && position < _cachedSentenceEnd)
        {
            return _cachedDirection;
        }

        var (begin, end) = TenseDetector.SentenceAround(Text, position);
        var (clauseBegin, clauseEnd) = TenseDetector.ClauseAround(Text, position, begin, end);
        var clause = _tense.Detect(Text.AsSpan(clauseBegin, clauseEnd - clauseBegin));
        if (clause != Direction.Unknown)
        {
            return clause; // the clause's own verb beats the rest of the sentence (not cached: clauses are short)
        }

        _cachedSentenceBegin = begin;
        _cachedSentenceEnd = Math.Max(end, begin + 1);
        _cachedDirection = _tense.Detect(Text.AsSpan(begin, end - begin));
        return _cachedDirection;
    }
}
