using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Timeline.Extraction.Time;

/// <summary>The rules of one language: regular expressions assembled once from the language's lexicon, each turning
/// its matches into candidates.</summary>
/// <remarks>Immutable and thread-safe after construction (compiled <see cref="Regex"/> instances are thread-safe).</remarks>
internal abstract class TimexGrammar
{
    protected const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly List<TimexRule> _rules = [];

    protected TimexGrammar(TimeLexicon lexicon) => Lexicon = lexicon;

    protected TimeLexicon Lexicon { get; }

    public void Scan(CandidateCollection candidates)
    {
        var text = candidates.Text;
        foreach (var rule in _rules)
        {
            try
            {
                for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    if (rule.Extension is null)
                    {
                        rule.Build(match, candidates);
                        continue;
                    }

                    var end = match.Index + match.Length;
                    var whole = rule.Extension.Match(text, end);
                    if (whole.Success && whole.Index + whole.Length == end)
                    {
                        rule.Build(whole, candidates);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological input: keep what the other rules found.
            }
        }
    }

    /// <summary>Time spent per rule on <paramref name="texts"/> (diagnostics for the evaluation tool).</summary>
    internal IEnumerable<(string Rule, TimeSpan Elapsed, int Matches)> Profile(IReadOnlyList<string> texts)
    {
        foreach (var rule in _rules)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var matches = 0;
            foreach (var text in texts)
            {
                for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    matches += rule.Extension is null || rule.Extension.IsMatch(text, match.Index + match.Length) ? 1 : 0;
                }
            }

            yield return (rule.Name, watch.Elapsed, matches);
        }
    }

    protected void Add(string name, string pattern, Action<Match, CandidateCollection> build) =>
        _rules.Add(new TimexRule(name, new Regex(pattern, Options, Timeout), null, build));

    /// <summary>An anchored rule: <paramref name="core"/> is searched for, <paramref name="prefix"/> (optional words
    /// before it) is taken in by a right-to-left match ending where the core match ends. Much faster than a pattern
    /// that starts with optional groups, which the regex engine must try at every position.</summary>
    protected void Add(string name, string prefix, string core, Action<Match, CandidateCollection> build) =>
        _rules.Add(new TimexRule(
            name,
            new Regex(core, Options, Timeout),
            new Regex(prefix + "(?:" + core + @")\G", Options | RegexOptions.RightToLeft, Timeout),
            build));

    /// <summary>A number written in digits (<c>3</c>, <c>2,5</c>) or words (<c>drei</c>); null when vague (<c>einige</c>)
    /// or unparsable.</summary>
    protected decimal? Number(string text)
    {
        if (text.Length > 0 && char.IsDigit(text[0]))
        {
            return decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (Lexicon.TryGet("number", TimeLexicon.NormalizeSpace(text), out var value) && value != "X")
        {
            return decimal.Parse(value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    protected static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    protected int LexInt(string category, Group group) =>
        int.Parse(Lexicon.Get(category, group.Value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    protected static CalendarUnit ParseUnit(string code) => code switch
    {
        "S" => CalendarUnit.Second,
        "MIN" => CalendarUnit.Minute,
        "H" => CalendarUnit.Hour,
        "D" => CalendarUnit.Day,
        "W" => CalendarUnit.Week,
        "WE" => CalendarUnit.Weekend,
        "M" => CalendarUnit.Month,
        "Q" => CalendarUnit.Quarter,
        "Y" => CalendarUnit.Year,
        "DE" => CalendarUnit.Decade,
        "CE" => CalendarUnit.Century,
        _ => throw new FormatException($"Unknown unit code '{code}'."),
    };

    /// <summary>A four- or two-digit year; two digits are read as the nearest year to publication (or 19xx/20xx).</summary>
    protected static int? FullYear(Group group, ResolutionContext context)
    {
        var year = Int(group);
        if (group.Length != 2)
        {
            return year;
        }

        var pivot = context.Published?.Year ?? 2000;
        var century = pivot / 100 * 100;
        var candidate = century + year;
        return candidate > pivot + 20 ? candidate - 100 : candidate;
    }

    protected static TimexCandidate Candidate(Group from, Group to, Func<ResolutionContext, TimexMeaning?> resolve, int priority = 0) =>
        new(from.Index, to.Index + to.Length, resolve, priority);

    protected static TimexCandidate Candidate(Match match, Func<ResolutionContext, TimexMeaning?> resolve, int priority = 0) =>
        new(match.Index, match.Index + match.Length, resolve, priority);

    /// <summary>The first successful group of <paramref name="groups"/>, for a span that starts at an optional part.</summary>
    protected static int FirstIndex(Match match, params string[] groups)
    {
        foreach (var name in groups)
        {
            if (match.Groups[name].Success)
            {
                return match.Groups[name].Index;
            }
        }

        return match.Index;
    }

    protected static TimexMeaning? DayOrNull(LocalDate? day) => day is { } d ? TimexValues.Day(d) : null;

    /// <summary>A shift of the publication date (or of the anchor) by whole units, at the unit's granularity.</summary>
    protected static TimexMeaning? ShiftFrom(LocalDate? origin, CalendarUnit unit, int amount) =>
        origin is { } o ? TimexValues.Shifted(o, unit, amount) : null;

    protected static IsoDayOfWeek Weekday(int isoNumber) => (IsoDayOfWeek)isoNumber;

    /// <summary>The word that ends right before <paramref name="index"/> (skipping spaces), or empty.</summary>
    protected static ReadOnlySpan<char> PrecedingWord(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '\u00a0')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '§'))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The word that starts right after <paramref name="index"/> (skipping spaces), or empty.</summary>
    protected static ReadOnlySpan<char> FollowingWord(string text, int index)
    {
        var start = index;
        while (start < text.Length && text[start] is ' ' or '\t' or '\u00a0')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The meaning of a unit phrase shifted from the publication (T) or anchor (A): lexicon values like <c>D,-1,A</c>.</summary>
    protected static TimexMeaning? RelativeWord(string spec, ResolutionContext context)
    {
        var parts = spec.Split(',');
        var unit = ParseUnit(parts[0]);
        var shift = int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var origin = parts[2] == "A" ? context.AnchorOrPublished : context.Published;
        return ShiftFrom(origin, unit, shift);
    }

    /// <summary>The clock time's day: the last day mentioned shortly before, else the day of publication.</summary>
    protected static LocalDate? ClockDay(ResolutionContext context, int position) =>
        context.Anchor is { } anchor && context.AnchorEnd >= 0 && position - context.AnchorEnd <= 160 ? anchor : context.Published;
}
