using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NodaTime;

namespace Timeline.Extraction.Time;

/// <summary>The rules of one language: regular expressions assembled once from the language's lexicon, each turning
/// its matches into candidates.</summary>
/// <remarks>Thread-safe after construction: the rules' expressions (<see cref="TieredRegex"/>) are.</remarks>
internal abstract class TimexGrammar
{
    protected const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A safety net against pathological input only: a short limit made results depend on machine load (a rule cut off
    // on a busy machine drops its matches), which broke byte-identical output when every core extracts at once.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Anchored rules (\G at a trigger word or digit, or right-to-left ending at \G) run hundreds of thousands of times per
    // megabyte and each match is bounded by the few words of one expression (no nested unbounded quantifiers); arming
    // the timeout cost about 15% of the scan (the profile showed RegexRunner.InitializeTimeout), so they run without.
    private static readonly TimeSpan AnchoredTimeout = Regex.InfiniteMatchTimeout;

    private readonly List<TimexRule> _rules = [];
    private readonly List<TimexRule> _freeRules = [];
    private readonly List<int>[] _digitRulesByLength = [.. Enumerable.Range(0, 32).Select(_ => new List<int>())];
    private FrozenDictionary<string, int[]> _byWord = FrozenDictionary<string, int[]>.Empty;
    private Func<string, int, bool>?[] _follow = [];

    // A cheap filter before the dictionary lookup (most words of a text trigger nothing): the lengths of trigger words
    // (bit n = length n, up to 63) and a bit set of their shapes (length, first and last character, hashed; ASCII only:
    // a word starting or ending in another character passes). With lengths and first characters alone 84% of the words
    // of German news reached the (case-insensitive, so slow) lookup, and only one in forty of those was a trigger word;
    // with the shapes 18%.
    private ulong _triggerLengths;
    private readonly ulong[] _triggerShapes = new ulong[ShapeBits / 64];
    private const int ShapeBits = 1 << 14;

    protected TimexGrammar(TimeLexicon lexicon) => Lexicon = lexicon;

    protected TimeLexicon Lexicon { get; }

    public void Scan(CandidateCollection candidates)
    {
        var text = candidates.Text;
        try
        {
            foreach (var rule in _freeRules)
            {
                if (rule.Required is { } required && !required.OccursIn(text))
                {
                    continue;
                }

                for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    Extend(rule, match, candidates);
                }
            }

            ScanTokens(candidates);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input: keep what was found so far.
        }
    }

    /// <summary>Walks the words and numbers of the text once and tries only the rules that can start there.</summary>
    private void ScanTokens(CandidateCollection candidates)
    {
        var text = candidates.Text;
        var lastEnd = new int[_rules.Count];
        var lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var length = i - start;
                if (length < 64 && ((_triggerLengths >> length) & 1) != 0 && MayTrigger(length, c, text[i - 1])
                    && (start == 0 || !char.IsDigit(text[start - 1])) && lookup.TryGetValue(text.AsSpan(start, length), out var rules))
                {
                    foreach (var index in rules)
                    {
                        if (_follow[index] is not { } follow || follow(text, i))
                        {
                            TryAt(index, start, lastEnd, candidates);
                        }
                    }
                }
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                if (start == 0 || !char.IsLetter(text[start - 1]))
                {
                    foreach (var index in _digitRulesByLength[Math.Min(i - start, 31)])
                    {
                        if (_follow[index] is not { } follow || follow(text, i))
                        {
                            TryAt(index, start, lastEnd, candidates);
                        }
                    }
                }
            }
            else
            {
                i++;
            }
        }
    }

    private bool MayTrigger(int length, char first, char last) =>
        (first | last) >= 128 || (Shape(length, first, last) is var bit && ((_triggerShapes[bit >> 6] >> (bit & 63)) & 1) != 0);

    /// <summary>A bit of <see cref="_triggerShapes"/> for a word of this length and ASCII first and last character.</summary>
    private static int Shape(int length, int first, int last) => (((first << 7) | last) + (length * 753)) & (ShapeBits - 1);

    private void TryAt(int index, int start, int[] lastEnd, CandidateCollection candidates)
    {
        if (start < lastEnd[index])
        {
            return;
        }

        var rule = _rules[index];
        var match = rule.Pattern.Match(candidates.Text, start);
        if (match.Success)
        {
            lastEnd[index] = match.Index + Math.Max(1, match.Length);
            Extend(rule, match, candidates);
        }
    }

    private static void Extend(TimexRule rule, Match match, CandidateCollection candidates)
    {
        var first = candidates.Count;
        Build(rule, match, candidates);
        for (var k = first; k < candidates.Count; k++)
        {
            candidates[k] = candidates[k] with { Rule = rule.Order, Sequence = k };
        }
    }

    private static void Build(TimexRule rule, Match match, CandidateCollection candidates)
    {
        if (rule.Extension is null)
        {
            rule.Build(match, candidates);
            return;
        }

        if (rule.Tail is { } tail && !tail.MayEndBefore(candidates.Text, match.Index))
        {
            if (tail.Optional)
            {
                rule.Build(match, candidates);
            }

            return;
        }

        var end = match.Index + match.Length;
        var whole = rule.Extension.Match(candidates.Text, end);
        if (whole.Success && whole.Index + whole.Length == end)
        {
            rule.Build(whole, candidates);
        }
    }

    /// <summary>Indexes the triggered rules by their first words; call once all rules are added.</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)] // runs once per grammar: a quick JIT beats fast code
    protected void Complete()
    {
        for (var index = 0; index < _rules.Count; index++)
        {
            _rules[index] = _rules[index] with { Order = index };
        }

        var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < _rules.Count; index++)
        {
            var trigger = _rules[index].Trigger;
            if (trigger is null)
            {
                _freeRules.Add(_rules[index]);
                continue;
            }

            if (trigger.Digit)
            {
                for (var length = 1; length < 32; length++)
                {
                    if (((trigger.DigitLengths >> length) & 1) != 0)
                    {
                        _digitRulesByLength[length].Add(index);
                    }
                }
            }

            foreach (var word in trigger.Words)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    list = [];
                    byWord.Add(word, list);
                }

                if (!list.Contains(index))
                {
                    list.Add(index);
                }
            }
        }

        _follow = [.. _rules.Select(r => r.Trigger?.Follow)];
        _byWord = byWord.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var word in byWord.Keys)
        {
            _triggerLengths |= word.Length < 64 ? 1UL << word.Length : 0;
            for (var first = 0; first < 128; first++)
            {
                if (!SameIgnoringCase((char)first, word[0]))
                {
                    continue;
                }

                for (var last = 0; last < 128; last++)
                {
                    if (SameIgnoringCase((char)last, word[^1]))
                    {
                        var bit = Shape(word.Length, first, last);
                        _triggerShapes[bit >> 6] |= 1UL << (bit & 63);
                    }
                }
            }
        }
    }

    /// <summary>Whether the characters are equal ignoring case (as the trigger lookup compares).</summary>
    private static bool SameIgnoringCase(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);

    /// <summary>The leading letter runs of the first words of the forms of <paramref name="categories"/>, plus
    /// <paramref name="extra"/>; <c>Digit</c> is set when a form starts with a digit.</summary>
    protected TokenTrigger Words(string[] categories, params string[] extra)
    {
        var words = new HashSet<string>(extra, StringComparer.OrdinalIgnoreCase);
        var digit = false;
        foreach (var form in categories.SelectMany(Lexicon.Forms))
        {
            if (char.IsDigit(form[0]))
            {
                digit = true;
                continue;
            }

            var length = 0;
            while (length < form.Length && char.IsLetter(form[length]))
            {
                length++;
            }

            if (length > 0)
            {
                words.Add(form[..length]);
            }
        }

        return new TokenTrigger(words, digit);
    }

    protected static TokenTrigger Literal(params string[] words) => new(words, false);

    /// <summary>The possible last words of optional leading words: the last words of the forms of
    /// <paramref name="categories"/> plus <paramref name="extra"/>; a number can end them when <paramref name="digit"/>.</summary>
    protected PrefixTail Tail(string[] categories, bool digit, params string[] extra) =>
        new(categories.SelectMany(Lexicon.LastWords).Concat(extra), digit);

    /// <summary>Processor time spent per rule on <paramref name="texts"/> (diagnostics for the evaluation tool).</summary>
    internal IEnumerable<(string Rule, TimeSpan Elapsed, int Matches)> Profile(IReadOnlyList<string> texts)
    {
        foreach (var rule in _rules)
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var matches = 0;
            var pattern = rule.Unanchored is null ? rule.Pattern : new TieredRegex(rule.Unanchored, Options, Timeout);
            for (var round = 0; round < 5; round++)
            foreach (var text in texts)
            {
                var candidates = new CandidateCollection(text);
                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    var whole = rule.Extension is null ? match : rule.Extension.Match(text, match.Index + match.Length);
                    if (whole.Success)
                    {
                        matches++;
                        rule.Build(whole, candidates);
                    }
                }
            }

            process.Refresh();
            yield return (rule.Name, (process.TotalProcessorTime - before) / 5, matches / 5);
        }
    }

    protected void Add(string name, string pattern, Action<Match, CandidateCollection> build) =>
        _rules.Add(new TimexRule(name, new TieredRegex(pattern, Options, Timeout), null, build));

    /// <summary>A rule tried only where <paramref name="trigger"/> allows (its pattern anchored there).</summary>
    protected void Add(TokenTrigger trigger, string name, string pattern, Action<Match, CandidateCollection> build) =>
        _rules.Add(new TimexRule(name, new TieredRegex(@"\G(?:" + pattern + ")", Options, AnchoredTimeout), null, build, trigger) { Unanchored = pattern });

    /// <summary>An anchored rule (see the overload without trigger) tried only where <paramref name="trigger"/> allows;
    /// <paramref name="tail"/> says what can end <paramref name="prefix"/> (null: the extension always runs).</summary>
    protected void Add(TokenTrigger trigger, string name, string prefix, string core, Action<Match, CandidateCollection> build, PrefixTail? tail = null) =>
        _rules.Add(new TimexRule(
            name,
            new TieredRegex(@"\G(?:" + core + ")", Options, AnchoredTimeout),
            new TieredRegex(prefix + "(?:" + core + @")\G", Options | RegexOptions.RightToLeft, AnchoredTimeout),
            build,
            trigger) { Unanchored = core, Tail = tail });

    /// <summary>A rule found by its last word (<paramref name="trigger"/>), see <see cref="AddTriggered(string, string, string, Action{Match, CandidateCollection})"/>.</summary>
    protected void AddTriggered(TokenTrigger tokens, string name, string trigger, string whole, Action<Match, CandidateCollection> build, PrefixTail? tail = null) =>
        _rules.Add(new TimexRule(
            name,
            new TieredRegex(@"\G(?:" + trigger + ")", Options, AnchoredTimeout),
            new TieredRegex("(?:" + whole + @")\G", Options | RegexOptions.RightToLeft, AnchoredTimeout),
            build,
            tokens) { Unanchored = trigger, Tail = tail });

    /// <summary>An anchored rule found by <paramref name="trigger"/> (a fast word list), confirmed and extended to the left
    /// by <paramref name="whole"/>, which must end where the trigger match ends.</summary>
    protected void AddTriggered(string name, string trigger, string whole, Action<Match, CandidateCollection> build) =>
        _rules.Add(new TimexRule(
            name,
            new TieredRegex(trigger, Options, Timeout),
            new TieredRegex("(?:" + whole + @")\G", Options | RegexOptions.RightToLeft, Timeout),
            build));

    /// <summary>The last words of the forms of <paramref name="category"/>, as a regex alternation (the trigger of
    /// multi-word forms).</summary>
    protected string LastWords(string category) => Lexicon.LastWordAlternation(category);

    /// <summary>An anchored rule: <paramref name="core"/> is searched for, <paramref name="prefix"/> (optional words
    /// before it) is taken in by a right-to-left match ending where the core match ends. Much faster than a pattern
    /// that starts with optional groups, which the regex engine must try at every position.</summary>
    protected void Add(string name, string prefix, string core, Action<Match, CandidateCollection> build, IReadOnlyCollection<string>? required = null) =>
        _rules.Add(new TimexRule(
            name,
            new TieredRegex(core, Options, Timeout),
            new TieredRegex(prefix + "(?:" + core + @")\G", Options | RegexOptions.RightToLeft, Timeout),
            build) { Required = required is null ? null : new SubstringSet(CaseForms(required)) });

    /// <summary>Each form in lower case, capitalised and in upper case: an ordinal search for these is several times
    /// faster than a case-insensitive one over non-ASCII forms ("wöchig"), which took 5% of the German tagger.</summary>
    private static IEnumerable<string> CaseForms(IEnumerable<string> forms) =>
        forms.SelectMany(f => new[] { f.ToLowerInvariant(), char.ToUpperInvariant(f[0]) + f[1..].ToLowerInvariant(), f.ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal);

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

        // "twenty-four", "thirty five"
        var split = text.IndexOfAny([' ', '-']);
        if (split > 0 && Lexicon.TryGet("numbertens", text[..split], out var tens) && Lexicon.TryGet("numberones", text[(split + 1)..].Trim(), out var ones))
        {
            return decimal.Parse(tens, CultureInfo.InvariantCulture) + decimal.Parse(ones, CultureInfo.InvariantCulture);
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
