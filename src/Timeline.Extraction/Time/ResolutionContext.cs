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
    private int _cachedClauseBegin = -1;
    private int _cachedClauseEnd = -1;
    private Direction _cachedClauseDirection;
    private int _lastDayEnd = -1;

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

    /// <summary>Whether the anchor is the last day of a list or range of days ("am 25. und 26. August").</summary>
    public bool AnchorIsList { get; private set; }

    /// <summary>Where the last set ("wochentags", "jeden Montag") ended, -1 if none.</summary>
    public int LastSetEnd { get; set; } = -1;

    /// <summary>Sets the anchor; a day-precise mention (<paramref name="dayOnly"/>) that follows another day across a
    /// list separator only ("25. und 26.", "3., 4. und 5.", "3. bis 5.") makes the anchor a list.</summary>
    public void SetAnchor(LocalDate day, int begin, int end, bool dayOnly)
    {
        AnchorIsList = dayOnly && _lastDayEnd >= 0 && Anchor != day && IsListGap(Text, _lastDayEnd, begin);
        _lastDayEnd = dayOnly ? end : -1;
        Anchor = day;
        AnchorEnd = end;
    }

    private static bool IsListGap(string text, int from, int to)
    {
        if (to < from || to - from > 16)
        {
            return false;
        }

        // A comma alone joins numbered days ("3., 4. und 5.") but also stands in an apposition ("Morgen, Dienstag,"), and
        // white space alone does too ("heute Mittwoch"): only a conjunction, a dash or a slash, or a comma between day
        // numbers, makes a list.
        var gap = text.AsSpan(from, to - from);
        var joined = gap.IndexOfAny("-–/&") >= 0
            || (gap.Contains(',') && from >= 2 && text[from - 1] == '.' && char.IsDigit(text[from - 2]) && to < text.Length && char.IsDigit(text[to]));
        foreach (var word in gap.Split(' '))
        {
            var w = gap[word].Trim(",.;/&-–\t\n\u00a0");
            if (w.IsEmpty)
            {
                continue;
            }

            if (w.Equals("und", StringComparison.OrdinalIgnoreCase) || w.Equals("bis", StringComparison.OrdinalIgnoreCase)
                || w.Equals("sowie", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase)
                || w.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                joined = true;
            }
            else if (!w.Equals("am", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return joined;
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

    /// <summary>The direction of the clause after a verbless clause that opens its sentence ("On Friday," "Until
    /// Thursday,"): a fronted adverbial belongs to the clause that follows it, not to the sentence's other verbs.</summary>
    private Direction FrontedClauseDirection(int begin, int end, int clauseBegin, int clauseEnd)
    {
        if (Language != Language.English || clauseEnd >= end || Text[clauseEnd] != ',' || Text.AsSpan(begin, clauseBegin - begin).Trim(" \t\n\"'`").Length > 0)
        {
            return Direction.Unknown;
        }

        var (nextBegin, nextEnd) = TenseDetector.ClauseAround(Text, clauseEnd + 1, clauseEnd + 1, end);
        return _tense.LeadingDirection(Text.AsSpan(nextBegin, nextEnd - nextBegin));
    }

    private Direction SentenceDirectionAt(int position)
    {
        var known = position >= _cachedSentenceBegin && position < _cachedSentenceEnd;
        var (begin, end) = known ? (_cachedSentenceBegin, _cachedSentenceEnd) : TenseDetector.SentenceAround(Text, position);
        var (clauseBegin, clauseEnd) = TenseDetector.ClauseAround(Text, position, begin, end);
        if (clauseBegin != _cachedClauseBegin || clauseEnd != _cachedClauseEnd)
        {
            (_cachedClauseBegin, _cachedClauseEnd) = (clauseBegin, clauseEnd);
            _cachedClauseDirection = _tense.Detect(Text.AsSpan(clauseBegin, clauseEnd - clauseBegin));
        }

        if (_cachedClauseDirection != Direction.Unknown)
        {
            return _cachedClauseDirection; // the clause's own verb beats the rest of the sentence
        }

        if (FrontedClauseDirection(begin, end, clauseBegin, clauseEnd) is var main && main != Direction.Unknown)
        {
            return main; // "On Tuesday, the league plans to hold a news conference": the clause it stands before
        }

        if (!known)
        {
            (_cachedSentenceBegin, _cachedSentenceEnd) = (begin, end);
            _cachedDirection = _tense.Detect(Text.AsSpan(begin, end - begin));
        }

        return _cachedDirection;
    }
}
