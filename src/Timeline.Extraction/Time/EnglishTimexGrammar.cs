using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using System.Text.RegularExpressions;
using Timeline.Core.Documents;
using Timeline.Core.Time;

namespace Timeline.Extraction.Time;

/// <summary>English time expressions, with TimeBank/TempEval-3 extents ("the past three years", "last week",
/// "two days later", "5 p.m. EST").</summary>
/// <remarks>Month and weekday names must be capitalised ("May" the month, not the verb "may").</remarks>
internal sealed class EnglishTimexGrammar : TimexGrammar
{
    private const string NumberLeft = @"(?<![\w.,:/$])";
    private const string NumberRight = @"(?!\d|[.,:/]\d)";

    // Runs once: compiled without optimisation, which took the JIT several times as long for this large method.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    public EnglishTimexGrammar()
        : base(TimeLexicon.Load(Language.English, "time-lexicon.tsv"))
    {
        var month = $"(?-i:{Lexicon.Alternation("month")})";
        var mon = $@"(?:(?<mon>{month})\b|(?<mabbr>(?-i:{Lexicon.Alternation("monthabbr")}))\.?(?!\w))";
        var weekday = $"(?-i:{Lexicon.Alternation("weekday")})";
        var num = $@"(?:(?<![\d.,/])\d{{1,4}}(?:\.\d+|\s+1/2(?!\d))?|\b(?:{Lexicon.Alternation("numbertens")})[\s-](?:{Lexicon.Alternation("numberones")})\b|{Lexicon.Alternation("number")})";
        var rel = Lexicon.Alternation("relpast", "relfuture", "relthis");
        var modifier = Lexicon.Alternation("modifier");
        var pod = Lexicon.Alternation("partofday");

        Add(TokenTrigger.FourDigits, "iso-date", $@"{NumberLeft}(?<y>\d{{4}})-(?<m>\d{{2}})-(?<d>\d{{2}})(?:T(?<h>\d{{2}}):(?<mi>\d{{2}}))?(?![\w]|[.,:-]\d)", NumericDate);
        Add(TokenTrigger.TwoDigits, "us-date", $@"{NumberLeft}(?<m>\d{{1,2}})/(?<d>\d{{1,2}})/(?<y>\d{{4}}|\d{{2}}){NumberRight}", NumericDate);

        // [Tuesday,] Feb. 1[st][, 2022] (also tokenized text: "Feb. 1 , 2022")
        Add(Words(["month", "monthabbr"]), "month-day", $@"(?:\b(?<wd>{weekday}),?\s+)?", $@"\b{mon}\s*(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:and|&)\s+(?<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?!\d|:\d|[.,]\d)(?:\s?,?\s+(?<y>\d{{4}}){NumberRight})?", DayMonth);

        // the week of March 6
        Add(Literal("the"), "week-of", $@"\bthe\s+week\s+of\s+{mon}\s*(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d|[.,]\d)(?:,?\s+(?<y>\d{{4}}){NumberRight})?", (m, c) =>
        {
            var (month, day, year) = (MonthOf(m), Int(m.Groups["d"]), m.Groups["y"]);
            c.Add(Candidate(m, ctx => (year.Success ? TimexValues.TryDate(Int(year), month, day) : RelativeResolver.YearlessDay(ctx, m.Index, month, day)) is { } date
                ? TimexValues.Week(date)
                : null));
        });

        // 1[st] [of] February[,] [2022]
        Add(TokenTrigger.TwoDigits, "day-month", $@"(?:\b(?<wd>{weekday}),?\s+)?", $@"{NumberLeft}(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}(?:\s?,?\s+(?<y>\d{{4}}){NumberRight})?", DayMonth);

        // [early] [last] March [2022]
        Add(Words(["month"]), "month", $@"(?:\b(?<mod>{modifier})[\s-]+)?(?:\b(?<rel>{rel})\s+)?", $@"\b(?<mon>{month})\b(?:,?\s+(?:of\s+)?(?<y>\d{{4}}){NumberRight}|\s+(?:of\s+)?(?<ry>this|last|next)\s+year\b(?!'))?", Month);

        // [fiscal] 1998
        Add(TokenTrigger.FourDigits, "year", $@"(?:\b(?<mod>{modifier})[\s-]+)?(?:\b(?<fy>fiscal)\s+)?", $@"{NumberLeft}(?<y>1[6-9]\d\d|20\d\d)(?!\w|[.,:]\d|/\d|\s*%|\s+{Lexicon.Alternation("yearstop")}\b)", Year);

        // the 1990s, the '80s
        Add("decade", $@"(?:\bthe\s+)?(?:\b(?<mod>{modifier})[\s-]+)?", $@"(?:(?<![\w'])(?<dec>(?:1[6-9]|20)\d0)'?s|'(?<short>\d0)s)\b", Decade);

        // the 20th century, the eleventh century
        Add(Literal("century"), "century", @"(?:\bthe\s+)?(?:(?<![\w.])(?<n>\d{1,2})(?:st|nd|rd|th)|\b(?<w>\w+(?:-\w+)?))[\s-]+", @"\bcentury\b", (m, c) =>
        {
            int? ordinal = m.Groups["n"].Success ? Int(m.Groups["n"]) : Lexicon.TryGet("centuryordinal", m.Groups["w"].Value, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : null;
            if (ordinal is { } n)
            {
                c.Add(Candidate(m, _ => TimexValues.Century(n)));
            }
        });

        // year-earlier [results], the year-ago [figures]: the same quarter (or year) a year before the one reported
        Add(Literal("year"), "year-earlier", @"\byear-(?:earlier|ago)\b(?!\s+(?:quarter|period|third|fourth|first|second)\b)", (m, c) =>
            c.Add(Candidate(m, ctx => ctx.LastQuarter is { } q ? TimexValues.Quarter(q.Year - 1, q.Quarter)
                : ctx.Published is { } p ? TimexValues.Year(p.Year - 1) : null)));

        // the [full|current] [fiscal] year [ended Sept. 30]
        Add(Literal("the"), "the-year", @"\bthe\s+(?:(?<q>full|current|latest|same)\s+)?(?:fiscal\s+)?year\b(?!-|'|\s+(?:ago|earlier|before|after|later|of|to)\b)(?<ended>\s+end(?:ed|ing)\b)?", (m, c) =>
        {
            var ended = m.Groups["ended"];
            if (ended.Success)
            {
                c.Add(new TimexCandidate(m.Index, ended.Index, _ => TimexValues.Duration(1, CalendarUnit.Year)));
                return;
            }

            var latest = m.Groups["q"].Value.Equals("latest", StringComparison.OrdinalIgnoreCase);
            c.Add(Candidate(m, ctx => ctx.Published is { } p ? TimexValues.Year(p.Year - (latest ? 1 : 0)) : null));
        });

        // yesterday [morning], tonight, last night, this afternoon
        Add(Words(["relday"]), "relative-day", $@"(?:\b(?<mod>early|late|earlier|later)\s+)?", $@"\b(?<w>{Lexicon.Alternation("relday")})\b(?:\s+(?<pod>{pod})\b)?", RelativeDay);
        Add(Literal("tonight", "last", "this"), "tonight", @"\b(?:(?<tonight>tonight)|(?<last>last\s+night)|this\s+(?<pod>morning|afternoon|evening))\b", Tonight);

        // the day before last Tuesday('s hearing), the day after March 3: one day from that day
        Add(Literal("day"), "day-before", $@"\bday\s+(?<ba>before|after)\s+(?:(?:(?<rel>{rel})\s+)?(?<wd>{weekday})\b|{mon}\s*(?<d>\d{{1,2}})(?!\d|:\d|[.,]\d)(?:,?\s+(?<y>\d{{4}}){NumberRight})?)", DayBefore);

        // [last] Monday [morning]
        Add(Words(["weekday"]), "weekday", $@"(?:\b(?<mod>early|late|earlier|later)\s+)?(?:\b(?<rel>{rel})\s+)?", $@"\b(?<wd>{weekday})\b(?:\s+(?<pod>{pod})\b)?", Weekday);

        // [the] [about] [past] [three] years [ago|later]
        Add(Words(["unit"]), "unit", $@"(?:\b(?<mod>{modifier})\s+)?(?:\b(?<det>the|this|that|these|those)\s+)?(?:\b(?<approx>{Lexicon.Alternation("approx")})\s+)?(?:\b(?<rel>{rel})\s+)?(?:(?:\b(?<first>first|final)\s+)?\b(?<num>{num})(?:\s+more\b)?(?:\s+|-))?", $@"\b(?<unit>{Lexicon.Alternation("unit")})\b(?<half>\s+and\s+a\s+half\b)?(?:\s+(?<post>ago|from\s+now|{Lexicon.Alternation("anchorafter", "anchorbefore")})\b)?", Unit);

        // the third quarter [of 1998], first-half
        Add(Words(["ordinal"]), "quarter", $@"(?:\b(?<det>the)\s+)?(?:\b(?<pre>(?:last|next|this)\s+year's|fiscal|year-ago|year-earlier)\s+)?(?:(?<y2>\d{{4}})\s+)?", $@"\b(?<ord>{Lexicon.Alternation("ordinal")})[\s-]+(?<u>quarter|half)\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?<y>\d{{4}}){NumberRight}|\s+of\s+(?<ry>this|last|next)\s+year\b(?!'))?", Quarter);

        // [last] summer [2021]
        // the quarter, the latest period, the year-earlier quarter
        // the 1988 quarter, the corresponding period last year, last year's quarter, the quarter a year ago
        Add(Literal("the", "last"), "reported-quarter", @"(?:\bthe\s+(?:(?<latest>latest|most\s+recent|current|same|comparable|corresponding)\s+)?(?:(?<ago>year-earlier|year-ago|year\s+earlier)\s+)?(?:(?<y>(?:19|20)\d\d)\s+)?|\b(?<ly>last\s+year's)\s+)(?:quarter|period)\b(?!\s+(?:of|ended|ending)\b)(?:\s+(?<ly>last\s+year|a\s+year\s+(?:ago|earlier))\b)?", ReportedQuarter);

        Add(Words(["season"]), "season", $@"(?:\b(?<mod>{modifier})[\s-]+)?(?:\b(?<rel>{rel})\s+)?", $@"\b(?<s>{Lexicon.Alternation("season")})\b(?:\s+(?:of\s+)?(?<y>\d{{4}}){NumberRight})?", Season);

        // 5 p.m. [EST], 10:30 am, noon
        Add(TokenTrigger.TwoDigits, "clock", $@"{NumberLeft}(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)(?:\s+(?-i:EST|EDT|CST|CDT|PST|PDT|GMT|ET|UTC)\b)?(?:\s+(?:on\s+)?(?<wd>{weekday})|\s+(?<rd>yesterday|today|tomorrow)|,?\s+(?:on\s+)?{mon}\s*(?<d>\d{{1,2}})(?!\d|:\d|[.,]\d))?", Clock);
        // 18:00 UTC, 0735 GMT [Monday|today]: a 24-hour clock with a universal-time zone
        Add(TokenTrigger.DigitsOfLength(1, 2, 4).After(static (text, i) => i + 1 < text.Length && (text[i] == ':' || (text[i] == ' ' && text[i + 1] is 'G' or 'U'))), "clock-utc", $@"{NumberLeft}(?:(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)|(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d))\s*(?<utc>(?-i:GMT|UTC))\b(?:\s+(?:on\s+)?(?<wd>{weekday})|\s+(?<rd>yesterday|today|tomorrow))?", Clock);
        // 4 in the morning, 10 at night, 6 o'clock in the evening
        Add(TokenTrigger.TwoDigits.After(static (text, i) => FirstNonSpace(text, i) is ':' or 'i' or 'a' or 'o'), "clock-part-of-day", $@"{NumberLeft}(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s+(?:o'clock\s+)?(?:in\s+the\s+(?<pod>morning|afternoon|evening)|at\s+(?<pod>night))\b", Clock);
        Add(TokenTrigger.TwoDigits, "clock-oclock", $@"{NumberLeft}(?<h>[01]?\d|2[0-3])\s+o'clock\b", Clock);
        Add(Literal("noon", "midday", "midnight"), "clock-word", $@"\b(?<word>noon|midday|midnight)\b(?:\s+(?:on\s+)?(?<wd>{weekday})|\s+(?<rd>yesterday|today|tomorrow))?", Clock);

        AddTriggered(Literal([.. Lexicon.LastWords("vague")]), "vague", $@"\b{LastWords("vague")}(?!\w)", $@"\b(?<v>{Lexicon.Alternation("vague")})(?!\w)", (m, c) =>
        {
            if (m.Groups["v"].Value.Equals("current", StringComparison.OrdinalIgnoreCase)
                && (FollowingWord(c.Text, m.Index + m.Length) is var next && (next.IsEmpty || next.StartsWith("account", StringComparison.OrdinalIgnoreCase))))
            {
                return; // the adjective only ("its current chairman"), not the noun or a "current account" deficit
            }

            c.Add(Candidate(m, _ => TimexValues.Vague(Lexicon.Get("vague", m.Groups["v"].Value))));
        });

        Add(Words(["setadverb"]), "set-adverb", $@"\b(?<v>{Lexicon.Alternation("setadverb")})\b", (m, c) =>
            c.Add(Candidate(m, _ => TimexValues.Set(Lexicon.Get("setadverb", m.Groups["v"].Value)))));

        Add(Words(["weekdayset"], "every"), "set-weekday", $@"\b(?:every\s+)?(?<v>(?-i:{Lexicon.Alternation("weekdayset")}))\b", (m, c) =>
        {
            if (m.Value.StartsWith("every", StringComparison.OrdinalIgnoreCase))
            {
                c.Add(Candidate(m, _ => TimexValues.Set("XXXX-WXX-" + Lexicon.Get("weekdayset", m.Groups["v"].Value))));
            }
        });

        Add(Literal("every", "each"), "set-every", $@"\b(?:every|each)\s+(?:(?<num>{num}|other)\s+)?(?:(?<wd>{weekday})|(?<unit>{Lexicon.Alternation("unit")}))\b", SetEvery);

        Add(Words(["holiday"]), "holiday", $@"\b(?<h>(?-i:{Lexicon.Alternation("holiday")}))(?!\w)", (m, c) =>
        {
            var spec = Lexicon.Get("holiday", m.Groups["h"].Value);
            if (spec[0] == 'E')
            {
                // E+D: D days from Easter Sunday (Good Friday E-2); EW: the week of Easter Sunday ("Holy Week", "Easter week")
                if (FollowingWord(c.Text, m.Index + m.Length) is var next && (next.Equals("Island", StringComparison.Ordinal) || next.Equals("Rising", StringComparison.Ordinal)))
                {
                    return; // Easter Island, the Easter Rising
                }

                var week = spec == "EW";
                var offset = week ? 0 : int.Parse(spec.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                c.Add(Candidate(m, ctx =>
                {
                    if (ctx.Published is not { } published)
                    {
                        return null;
                    }

                    var thisYear = EasterSunday(published.Year).PlusDays(offset);
                    var year = RelativeResolver.YearlessDay(ctx, m.Index, thisYear.Month, thisYear.Day)?.Year ?? published.Year;
                    var day = EasterSunday(year).PlusDays(offset);
                    return week ? TimexValues.Week(day) : TimexValues.Day(day);
                }));
                return;
            }

            var month = int.Parse(spec.AsSpan(0, 2), CultureInfo.InvariantCulture);
            if (spec.Length >= 6 && spec[5] != '-')
            {
                // MM-N-W[+D]: the N-th weekday W of the month (Thanksgiving 11-4-4), D days after it (US Election Day, the
                // Tuesday after the first Monday of November: 11-1-1+1), its year by the nearest occurrence
                var nth = spec[3] - '0';
                var weekday = Weekday(spec[5] - '0');
                var days = spec.Length > 7 && spec[6] == '+' ? int.Parse(spec.AsSpan(7), CultureInfo.InvariantCulture) : 0;
                c.Add(Candidate(m, ctx => RelativeResolver.YearlessDay(ctx, m.Index, month, 15) is { } near
                    ? TimexValues.Day(new LocalDate(near.Year, month, 1).With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(nth - 1).PlusDays(days))
                    : null));
                return;
            }

            var day = int.Parse(spec.AsSpan(3, 2), CultureInfo.InvariantCulture);
            c.Add(Candidate(m, ctx => DayOrNull(RelativeResolver.YearlessDay(ctx, m.Index, month, day))));
        });

        Complete();
    }

    private void NumericDate(Match m, CandidateCollection c) => c.Add(Candidate(m, ctx =>
    {
        var year = FullYear(m.Groups["y"], ctx);
        if (year is not { } y || TimexValues.TryDate(y, Int(m.Groups["m"]), Int(m.Groups["d"])) is not { } date)
        {
            return null;
        }

        return m.Groups["h"].Success
            ? TimexValues.ClockTime(date, Int(m.Groups["h"]), Int(m.Groups["mi"]), true) ?? TimexValues.Day(date)
            : TimexValues.Day(date);
    }));

    private int MonthOf(Match m) => m.Groups["mon"].Success ? LexInt("month", m.Groups["mon"]) : LexInt("monthabbr", m.Groups["mabbr"]);

    private void DayMonth(Match m, CandidateCollection c)
    {
        var month = MonthOf(m);
        var day = Int(m.Groups["d"]);
        if (day is < 1 or > 31)
        {
            return;
        }

        var year = m.Groups["y"];
        var second = m.Groups["d2"];
        if (second.Success)
        {
            // "April 24 and 25": one date per day, as TimeBank annotates a list
            var secondDay = Int(second);
            var firstEnd = m.Groups["d"].Index + m.Groups["d"].Length;
            c.Add(new TimexCandidate(m.Index, firstEnd, ctx => DayOrNull(year.Success ? TimexValues.TryDate(Int(year), month, day) : RelativeResolver.YearlessDay(ctx, m.Index, month, day))));
            c.Add(new TimexCandidate(second.Index, m.Index + m.Length, ctx => DayOrNull(year.Success ? TimexValues.TryDate(Int(year), month, secondDay) : RelativeResolver.YearlessDay(ctx, m.Index, month, secondDay))));
            return;
        }

        c.Add(Candidate(m, ctx => year.Success
            ? DayOrNull(TimexValues.TryDate(Int(year), month, day))
            : DayOrNull(RelativeResolver.YearlessDay(ctx, m.Index, month, day))));
    }

    private void Month(Match m, CandidateCollection c)
    {
        var monthGroup = m.Groups["mon"];
        var month = LexInt("month", monthGroup);
        if (month == 5 && !m.Groups["y"].Success && !m.Groups["ry"].Success && !m.Groups["mod"].Success && !m.Groups["rel"].Success)
        {
            // "May" starts sentences as a verb; trust it only after a preposition.
            var before = PrecedingWord(c.Text, m.Index);
            if (!(before.Equals("in", StringComparison.Ordinal) || before.Equals("since", StringComparison.Ordinal)
                || before.Equals("until", StringComparison.Ordinal) || before.Equals("by", StringComparison.Ordinal)
                || before.Equals("of", StringComparison.Ordinal) || before.Equals("from", StringComparison.Ordinal)
                || before.Equals("through", StringComparison.Ordinal) || before.Equals("during", StringComparison.Ordinal)))
            {
                return;
            }
        }

        if (month == 3 && !m.Groups["y"].Success && !m.Groups["ry"].Success && !m.Groups["mod"].Success && !m.Groups["rel"].Success
            && FollowingWord(c.Text, m.Index + m.Length) is var after && (after.Equals("for", StringComparison.Ordinal) || after.Equals("of", StringComparison.Ordinal) || after.Equals("on", StringComparison.Ordinal))
            && PrecedingWord(c.Text, m.Index) is var determiner && (determiner.Equals("the", StringComparison.OrdinalIgnoreCase) || determiner.Equals("a", StringComparison.OrdinalIgnoreCase) || determiner.Equals("annual", StringComparison.Ordinal)))
        {
            return; // "the annual March for Life", "the March on Washington": a march, not the month
        }

        if (!m.Groups["y"].Success && !m.Groups["ry"].Success && !m.Groups["mod"].Success && !m.Groups["rel"].Success && IsNameOfPhrase(c.Text, m.Index + m.Length))
        {
            return; // "the March of the Combatant Mothers", "the March of Dimes": a name, not the month
        }

        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", TimeLexicon.NormalizeSpace(m.Groups["mod"].Value)) : null;
        c.Add(Candidate(m, ctx =>
        {
            int? year;
            if (m.Groups["y"].Success)
            {
                year = Int(m.Groups["y"]);
            }
            else if (m.Groups["ry"].Success)
            {
                year = ctx.Published?.Year + LexShift(m.Groups["ry"].Value);
            }
            else if (m.Groups["rel"].Success && ctx.Published is { } published)
            {
                var shift = LexShift(m.Groups["rel"].Value);
                year = shift switch
                {
                    < 0 => month < published.Month ? published.Year : published.Year - 1,
                    > 0 => month > published.Month ? published.Year : published.Year + 1,
                    _ => published.Year,
                };
            }
            else
            {
                year = RelativeResolver.YearlessMonth(ctx, m.Index, month);
            }

            return year is { } y ? TimexValues.Month(y, month)?.WithMod(mod) : null;
        }));
    }

    private int LexShift(string form) =>
        Lexicon.TryGet("relpast", form, out _) ? -1 : Lexicon.TryGet("relfuture", form, out _) ? 1 : 0;

    private void Year(Match m, CandidateCollection c)
    {
        var year = Int(m.Groups["y"]);
        var yearStart = m.Groups["y"].Index;
        var before = PrecedingWord(c.Text, m.Groups["fy"].Success ? m.Groups["fy"].Index : yearStart);
        if (Lexicon.TryGet("yearblock", before, out _) || (yearStart > 0 && c.Text[yearStart - 1] == '$'))
        {
            return;
        }

        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", TimeLexicon.NormalizeSpace(m.Groups["mod"].Value)) : null;
        var fiscal = m.Groups["fy"].Success;
        c.Add(Candidate(m, _ => fiscal
            ? TimexValues.Year(year)
            : TimexValues.Year(year)?.WithMod(mod)));
    }

    private void Decade(Match m, CandidateCollection c)
    {
        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", TimeLexicon.NormalizeSpace(m.Groups["mod"].Value)) : null;
        var first = m.Groups["dec"].Success ? int.Parse(m.Groups["dec"].Value, CultureInfo.InvariantCulture) : 1900 + Int(m.Groups["short"]);
        c.Add(Candidate(m, _ => TimexValues.Decade(first)?.WithMod(mod)));
    }

    private void RelativeDay(Match m, CandidateCollection c)
    {
        var end = m.Index + m.Length;
        if (!m.Groups["pod"].Success && end + 1 < c.Text.Length && c.Text[end] is '\'' or '’' && c.Text[end + 1] == 's'
            && m.Groups["w"].Value.Equals("today", StringComparison.OrdinalIgnoreCase) && IsGenericAfterToday(c.Text, end + 2))
        {
            return; // "today's youth", "in today's world": nowadays, not the day of publication
        }

        var shift = LexInt("relday", m.Groups["w"]);
        var pod = m.Groups["pod"].Success ? Lexicon.Get("partofday", m.Groups["pod"].Value) : null;
        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", m.Groups["mod"].Value) : null; // "late yesterday"
        c.Add(Candidate(m, ctx =>
        {
            if (ctx.Published is not { } published)
            {
                return shift == 0 ? TimexValues.Vague("PRESENT_REF") : null;
            }

            var day = published.PlusDays(shift);
            return (pod is null ? TimexValues.Day(day) : TimexValues.PartOfDay(day, pod))?.WithMod(mod);
        }));
    }

    /// <summary>Whether one of the next two words after "today's" is a generic noun of the lexicon ("youth", "world",
    /// "personal computers").</summary>
    private bool IsGenericAfterToday(string text, int index)
    {
        var first = FollowingWord(text, index);
        if (first.IsEmpty)
        {
            return false;
        }

        if (Lexicon.TryGet("nowadaysnoun", first, out _))
        {
            return true;
        }

        var next = FollowingWord(text, SkipSpaces(text, index) + first.Length);
        return !next.IsEmpty && Lexicon.TryGet("nowadaysnoun", next, out _);
    }

    private void Tonight(Match m, CandidateCollection c)
    {
        var last = m.Groups["last"].Success;
        var pod = m.Groups["pod"].Success ? Lexicon.Get("partofday", m.Groups["pod"].Value) : "NI";
        c.Add(Candidate(m, ctx => ctx.Published is { } p ? TimexValues.PartOfDay(last ? p.PlusDays(-1) : p, pod) : null));
    }

    private void Weekday(Match m, CandidateCollection c)
    {
        var weekday = Weekday(LexInt("weekday", m.Groups["wd"]));
        int? shift = m.Groups["rel"].Success ? LexShift(m.Groups["rel"].Value) : null;
        var pod = m.Groups["pod"].Success ? Lexicon.Get("partofday", m.Groups["pod"].Value) : null;
        var end = m.Index + m.Length;
        var possessive = end + 1 < c.Text.Length && c.Text[end] is '\'' or '’' && c.Text[end + 1] == 's';
        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", m.Groups["mod"].Value) : null; // "early Tuesday"
        var subjectOfPast = pod is null && !possessive && end < c.Text.Length && c.Text[end] == ' '
            && FollowingWord(c.Text, end) is var verb && (verb.Equals("was", StringComparison.Ordinal) || verb.Equals("were", StringComparison.Ordinal));
        c.Add(Candidate(m, ctx =>
        {
            // "Wednesday's ruling", "would look for ways to get around Wednesday's ruling", "before Friday's purchases": a
            // reported event, the most recent such day (every possessive weekday in TimeBank and AQUAINT is)
            // "a service planned for Saturday was canceled": the verb after the day puts the plan in the past
            var day = RelativeResolver.Weekday(ctx, m.Index, weekday, shift ?? (possessive || subjectOfPast ? 2 : null));
            if (day is not { } d)
            {
                return new TimexMeaning(TimexType.Date, "XXXX-WXX-" + ((int)weekday).ToString(CultureInfo.InvariantCulture), null);
            }

            return (pod is null ? TimexValues.Day(d) : TimexValues.PartOfDay(d, pod))?.WithMod(mod);
        }));
    }

    private void Unit(Match m, CandidateCollection c)
    {
        var code = Lexicon.Get("unit", m.Groups["unit"].Value);
        var plural = code.EndsWith(".pl", StringComparison.Ordinal);
        var unit = ParseUnit(plural ? code[..^3] : code);
        var hasNumber = m.Groups["num"].Success;
        var amount = hasNumber ? Amount(TimeLexicon.NormalizeSpace(m.Groups["num"].Value)) : null;
        if (m.Groups["half"].Success)
        {
            amount += 0.5m; // "a minute and a half"
        }

        var det = m.Groups["det"];
        var demonstrative = det.Success && !det.Value.Equals("the", StringComparison.OrdinalIgnoreCase);
        var hasRel = m.Groups["rel"].Success;
        var shift = hasRel ? LexShift(m.Groups["rel"].Value) : 0;
        var relWord = hasRel ? m.Groups["rel"].Value.ToLowerInvariant() : string.Empty;
        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", TimeLexicon.NormalizeSpace(m.Groups["mod"].Value)) : null;
        var post = m.Groups["post"];
        var end = m.Index + m.Length;
        var begin = m.Index;
        var timeUnit = unit is CalendarUnit.Second or CalendarUnit.Minute or CalendarUnit.Hour;
        if (!plural && amount is >= 1000m && c.Text[m.Groups["num"].Index + m.Groups["num"].Length] != '-')
        {
            return; // "the 1988 quarter": a year, not an amount
        }

        if (unit == CalendarUnit.Second && !plural && amount is not 1m)
        {
            return; // "the 1988 second quarter": the ordinal, not the unit
        }

        if (!post.Success && !m.Groups["half"].Success && FollowingWord(c.Text, end) is var following && !following.IsEmpty
            && ((unit == CalendarUnit.Second && !plural && !Lexicon.TryGet("secondfollower", following.ToString().ToLowerInvariant(), out _))
                || (unit == CalendarUnit.Quarter && following.Equals("of", StringComparison.OrdinalIgnoreCase)
                    && (amount == 1m || c.Text[m.Groups["unit"].Index - 1] == '-'))))
        {
            return; // "a second group" (the ordinal), "about three-quarters of its food" (a fraction)
        }

        var unitWord = m.Groups["unit"].Value;
        if (hasNumber && char.IsDigit(m.Groups["num"].Value[0]) && char.IsUpper(unitWord[0]) && char.IsLower(unitWord[^1]) && !IsSentenceStart(c.Text, m.Groups["num"].Index))
        {
            return; // "CBS's ``60 Minutes''", "48 Hours": a title inside a sentence, not a duration
        }

        if (hasNumber && !post.Success && !hasRel && !det.Success && IsRate(c.Text, m, end))
        {
            return; // "$500 million a year", "four flights a week", "24 hours a day": a rate, not a time expression
        }

        if (Lexicon.TryGet("agefollower", FollowingWord(c.Text, end), out _) || (end < c.Text.Length && c.Text[end] == '-' && FollowingWord(c.Text, end + 1).Equals("old", StringComparison.Ordinal)))
        {
            return; // an age ("6-year-old"), not a time expression
        }

        if (!post.Success && !hasRel && !m.Groups["half"].Success && string.CompareOrdinal(c.Text, end, "-long", 0, 5) == 0
            && (end + 5 == c.Text.Length || !char.IsLetter(c.Text[end + 5])))
        {
            // "a day-long meeting", "a decades-long battle", "a two-week-long strike": the duration, with "-long"
            var article = m.Groups["num"].Value is "a" or "an" or "A" or "An"; // "a day-long", "a decades-long"
            var lasting = hasNumber && !article ? amount is { } n ? TimexValues.CompoundDuration(n, unit) : TimexValues.VagueDuration(unit)
                : plural ? TimexValues.VagueDuration(unit) : TimexValues.Duration(1, unit);
            c.Add(new TimexCandidate(article ? m.Groups["unit"].Index : FirstIndex(m, "approx", "num", "unit"), end + 5, _ => lasting));
            return;
        }

        if (post.Success)
        {
            var word = post.Value.ToLowerInvariant();
            var sign = word == "ago" ? -1 : word.StartsWith("from", StringComparison.Ordinal) ? 1 : Lexicon.TryGet("anchorafter", word, out _) ? 1 : -1;
            var fromAnchor = word is not ("ago" or "from now");
            var start = FirstIndex(m, "approx", "num", "unit");
            if (word is "after" or "before" or "prior" && hasNumber && !hasRel)
            {
                // "twenty years after the first astronauts were chosen": the anchor is the event that follows, not the last
                // date of the text; TimeBank annotates the duration alone.
                var amountBefore = amount;
                var durationEnd = TrimEnd(c.Text, post.Index, start);
                var modBefore = ApproxMod(m);
                c.Add(new TimexCandidate(start, durationEnd, _ =>
                    (amountBefore is { } a ? TimexValues.CompoundDuration(a, unit) : TimexValues.VagueDuration(unit)).WithMod(modBefore)));
                return;
            }

            if (hasNumber && !hasRel && !timeUnit)
            {
                if (amount == 1 && unit == CalendarUnit.Year && sign < 0)
                {
                    // In a quarterly report "a year ago/earlier" is the same quarter of the year before.
                    c.Add(new TimexCandidate(start, end, ctx => ctx.LastQuarter is { } q
                        ? TimexValues.Quarter(q.Year - 1, q.Quarter)
                        : ShiftFrom(fromAnchor ? ctx.AnchorOrPublished : ctx.Published, unit, -1)));
                    return;
                }

                if (amount is { } n && n == decimal.Truncate(n))
                {
                    c.Add(new TimexCandidate(start, end, ctx => ShiftFrom(fromAnchor ? ctx.AnchorOrPublished : ctx.Published, unit, sign * (int)n)));
                }
                else
                {
                    c.Add(new TimexCandidate(start, end, _ => TimexValues.Vague(sign < 0 ? "PAST_REF" : "FUTURE_REF")));
                }

                return;
            }

            end = post.Index;
            while (end > begin && char.IsWhiteSpace(c.Text[end - 1]))
            {
                end--;
            }
        }

        // last week, this year, next month, earlier this year
        if ((hasRel || demonstrative) && !hasNumber && !plural && (!det.Success || demonstrative))
        {
            if (timeUnit || relWord == "recent")
            {
                return;
            }

            if (unit == CalendarUnit.Weekend)
            {
                c.Add(new TimexCandidate(begin, end, ctx => RelativeResolver.Weekend(ctx, begin, hasRel ? shift : 0)?.WithMod(mod)));
            }
            else if (unit == CalendarUnit.Day)
            {
                if (shift == 1 || demonstrative)
                {
                    c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.AnchorOrPublished, CalendarUnit.Day, shift)?.WithMod(mod)));
                }
            }
            else if (unit == CalendarUnit.Year && det.Value.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                // "later that year": the year of the last date mentioned
                c.Add(new TimexCandidate(begin, end, ctx => (ctx.LastYear ?? ctx.Published?.Year) is { } y ? TimexValues.Year(y)?.WithMod(mod) : null));
            }
            else if (unit == CalendarUnit.Quarter && relWord == "this")
            {
                // "this quarter's loss" in a results report is the quarter reported, a plan "this quarter" the current one
                c.Add(new TimexCandidate(begin, end, ctx => ctx.LastQuarter is { } q && ctx.DirectionAt(begin) != Direction.Future
                    ? TimexValues.Quarter(q.Year, q.Quarter)?.WithMod(mod)
                    : ShiftFrom(ctx.Published, unit, shift)?.WithMod(mod)));
            }
            else
            {
                c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.Published, unit, shift)?.WithMod(mod)));
            }

            return;
        }

        if (mod is not null && !hasNumber && !plural && det.Value.Equals("the", StringComparison.OrdinalIgnoreCase)
            && unit is CalendarUnit.Week or CalendarUnit.Month or CalendarUnit.Year)
        {
            // "by the end of the month", "the beginning of the year": the publication's unit
            c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.Published, unit, 0)?.WithMod(mod)));
            return;
        }

        if (unit == CalendarUnit.Weekend && !plural && !hasNumber && det.Success)
        {
            c.Add(new TimexCandidate(det.Index, end, ctx => RelativeResolver.Weekend(ctx, det.Index, null)));
            return;
        }

        begin = m.Groups["mod"].Success ? FirstIndex(m, "det", "approx", "rel", "num", "unit") : m.Index;
        var approx = m.Groups["approx"].Success ? m.Groups["approx"].Value.ToLowerInvariant() : null;
        var durationMod = ApproxMod(m);

        if (hasNumber)
        {
            var meaning = amount is { } n ? TimexValues.CompoundDuration(n, unit) : TimexValues.VagueDuration(unit);
            c.Add(new TimexCandidate(begin, end, _ => meaning.WithMod(durationMod)));
            return;
        }

        if (hasRel && !plural && det.Success && relWord is "following" or "previous" or "preceding" && unit is not (CalendarUnit.Second or CalendarUnit.Minute or CalendarUnit.Hour))
        {
            // "the following year", "the previous day": one unit after or before the date the text last spoke of
            c.Add(new TimexCandidate(begin, end, ctx => unit == CalendarUnit.Year
                ? (ctx.LastYear ?? ctx.Published?.Year) is { } y ? TimexValues.Year(y + shift) : null
                : ShiftFrom(ctx.AnchorOrPublished, unit, shift)));
            return;
        }

        if (hasRel)
        {
            // the past year (P1Y), the last few months, recent years (PXY)
            var meaning = plural ? TimexValues.VagueDuration(unit) : TimexValues.Duration(1, unit);
            if (!plural && (!det.Success || shift == 0))
            {
                return; // "the current year" is a date (the-year rule), not a duration
            }

            if (!plural && shift < 0 && unit is CalendarUnit.Month or CalendarUnit.Quarter or CalendarUnit.Year)
            {
                // "in the past year", "the last quarter": the unit before the publication's (TimeBank "the past year"
                // 1997 in 1998 twice, MEANTIME "the last year" 2009 in 2010, "the last quarter" 2006-Q4 in January 2007).
                // "the past decade" stays P10Y: the corpora have it twice as a duration, twice as the previous decade.
                c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.Published, unit, -1)?.WithMod(mod)));
                return;
            }

            c.Add(new TimexCandidate(begin, end, _ => meaning.WithMod(durationMod)));
            return;
        }

        if (plural && !timeUnit && det.Value.Equals("the", StringComparison.OrdinalIgnoreCase) && approx is null
            && PrecedingWord(c.Text, det.Index) is var governor
            && (governor.Equals("over", StringComparison.OrdinalIgnoreCase) || governor.Equals("in", StringComparison.OrdinalIgnoreCase)
                || governor.Equals("during", StringComparison.OrdinalIgnoreCase) || governor.Equals("through", StringComparison.OrdinalIgnoreCase)
                || governor.Equals("throughout", StringComparison.OrdinalIgnoreCase))
            && FollowingWord(c.Text, end) is var after
            && !(after.Equals("before", StringComparison.OrdinalIgnoreCase) || after.Equals("after", StringComparison.OrdinalIgnoreCase)
                || after.Equals("of", StringComparison.OrdinalIgnoreCase) || after.Equals("since", StringComparison.OrdinalIgnoreCase)
                || after.Equals("prior", StringComparison.OrdinalIgnoreCase) || after.Equals("leading", StringComparison.OrdinalIgnoreCase)
                || after.Equals("when", StringComparison.OrdinalIgnoreCase)))
        {
            // "over the years", "in the years that followed", "in the weeks ahead": an unknown stretch (not "in the days
            // before the shooting", whose value is the time before that event)
            var ahead = after.Equals("ahead", StringComparison.OrdinalIgnoreCase);
            var stretchEnd = ahead ? SkipSpaces(c.Text, end) + after.Length : end;
            c.Add(new TimexCandidate(det.Index, stretchEnd, _ => TimexValues.VagueDuration(unit)));
            return;
        }

        if (plural && !timeUnit)
        {
            var previous = PrecedingWord(c.Text, m.Groups["unit"].Index);
            if (approx is not null || previous.Equals("for", StringComparison.OrdinalIgnoreCase) || previous.Equals("in", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("within", StringComparison.OrdinalIgnoreCase) || previous.Equals("over", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("just", StringComparison.OrdinalIgnoreCase) || previous.Equals("only", StringComparison.OrdinalIgnoreCase))
            {
                c.Add(new TimexCandidate(FirstIndex(m, "approx", "unit"), end, _ => TimexValues.VagueDuration(unit)));
            }
        }
    }

    /// <summary>A number in digits or words, with a trailing fraction ("5 1/2").</summary>
    private decimal? Amount(string text) =>
        text.EndsWith(" 1/2", StringComparison.Ordinal) ? Number(text[..^4]) + 0.5m : Number(text);

    private static string? ApproxMod(Match m) => m.Groups["approx"].Success ? TimeLexicon.NormalizeSpace(m.Groups["approx"].Value).ToLowerInvariant() switch
    {
        "more than" or "over" => "MORE_THAN",
        "at least" => "EQUAL_OR_MORE",
        "less than" or "under" => "LESS_THAN",
        "up to" => "EQUAL_OR_LESS",
        "about" or "around" or "roughly" or "approximately" or "some" => "APPROX",
        _ => null,
    }
    : null;

    private static int TrimEnd(string text, int end, int begin)
    {
        while (end > begin && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private void Quarter(Match m, CandidateCollection c)
    {
        var ordinal = LexInt("ordinal", m.Groups["ord"]);
        var half = m.Groups["u"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        if (half && ordinal > 2)
        {
            ordinal = 2; // "the last half"
        }

        var pre = m.Groups["pre"].Success ? m.Groups["pre"].Value.ToLowerInvariant() : string.Empty;
        var shift = pre.StartsWith("last", StringComparison.Ordinal) ? -1 : pre.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
        if (m.Groups["ry"].Success)
        {
            shift = LexShift(m.Groups["ry"].Value); // "the first quarter of last year"
        }

        if (!half && !m.Groups["det"].Success && !m.Groups["y"].Success && !m.Groups["pre"].Success
            && !(m.Index + m.Length < c.Text.Length && c.Text[m.Groups["ord"].Index + m.Groups["ord"].Length] == '-'))
        {
            // a bare "first quarter" is still a quarter
        }

        var yearAgo = pre.StartsWith("year", StringComparison.Ordinal);
        var ended = FollowingWord(c.Text, m.Index + m.Length) is var next
            && (next.Equals("ended", StringComparison.OrdinalIgnoreCase) || next.Equals("ending", StringComparison.OrdinalIgnoreCase));
        var bare = !m.Groups["y"].Success && !m.Groups["y2"].Success && !m.Groups["ry"].Success && pre.Length == 0;
        c.Add(Candidate(m, ctx =>
        {
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"])
                : m.Groups["y2"].Success ? Int(m.Groups["y2"])
                : yearAgo ? (ctx.LastQuarter?.Year ?? ctx.Published?.Year) - 1
                : ctx.Published?.Year + shift;
            if (bare && ctx.Published is { } published && (half ? ((ordinal - 1) * 6) + 1 : ((ordinal - 1) * 3) + 1) > published.Month
                && ctx.DirectionAt(m.Index) != Direction.Future)
            {
                year--; // a results report in January: "the fourth quarter" is last year's
            }

            if (year is not { } y)
            {
                return null;
            }

            if (!half && (ended || ctx.Published is not { } p || (y * 12) + (ordinal * 3) < (p.Year * 12) + p.Month
                || ctx.DirectionAt(m.Index) == Direction.Past))
            {
                // the reference of "the quarter" and "a year ago" that follow: a report is about a completed quarter (or
                // one "ended Sept. 30", or a fiscal one "reported"), not "a fourth-quarter charge" expected or "the third
                // quarter of 1990"
                ctx.LastQuarter = (y, ordinal);
            }

            return half ? TimexValues.Half(y, ordinal) : TimexValues.Quarter(y, ordinal);
        }));
    }

    private static void ReportedQuarter(Match m, CandidateCollection c)
    {
        var yearBefore = m.Groups["ago"].Success || m.Groups["ly"].Success;
        var current = m.Groups["latest"].Value.Equals("current", StringComparison.OrdinalIgnoreCase);
        int? year = m.Groups["y"].Success ? Int(m.Groups["y"]) : null;
        c.Add(Candidate(m, ctx =>
        {
            (int Year, int Quarter)? quarter = current ? null : ctx.LastQuarter;
            if (quarter is null && ctx.Published is { } published)
            {
                var last = current ? published : published.PlusMonths(-3); // the current or the last completed quarter
                quarter = (last.Year, ((last.Month - 1) / 3) + 1);
            }

            return quarter is { } q ? TimexValues.Quarter(year ?? (q.Year - (yearBefore ? 1 : 0)), q.Quarter) : null;
        }));
    }

    private void Season(Match m, CandidateCollection c)
    {
        var season = Lexicon.Get("season", m.Groups["s"].Value);
        if (m.Groups["s"].Value.Equals("fall", StringComparison.OrdinalIgnoreCase) && !m.Groups["rel"].Success && !m.Groups["y"].Success && !m.Groups["mod"].Success)
        {
            return; // the verb
        }

        if (!m.Groups["rel"].Success && !m.Groups["y"].Success && !m.Groups["mod"].Success && char.IsUpper(m.Groups["s"].Value[0])
            && IsNameOfPhrase(c.Text, m.Index + m.Length) && !IsSentenceStart(c.Text, m.Index))
        {
            return; // "the ``Spring of Life'' demonstrations", "the Summer of Love": a name, not the season
        }

        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", TimeLexicon.NormalizeSpace(m.Groups["mod"].Value)) : null;
        c.Add(Candidate(m, ctx =>
        {
            int? year;
            if (m.Groups["y"].Success)
            {
                year = Int(m.Groups["y"]);
            }
            else if (ctx.Published is not { } published)
            {
                year = null;
            }
            else if (m.Groups["rel"].Success && LexShift(m.Groups["rel"].Value) is var shift && shift != 0)
            {
                year = RelativeResolver.SeasonYear(published, season, shift); // "last spring" in October is this year's
            }
            else
            {
                year = RelativeResolver.YearlessSeason(ctx, m.Index, season);
            }

            return year is { } y ? TimexValues.Season(y, season)?.WithMod(mod) : null;
        }));
    }

    private void Clock(Match m, CandidateCollection c)
    {
        int hour, minute = 0;
        var minutes = m.Groups["mi"].Success;
        if (m.Groups["word"].Success)
        {
            if (PrecedingWord(c.Text, m.Index).Equals("high", StringComparison.OrdinalIgnoreCase))
            {
                return; // "high noon": the idiom (or the film), not a clock time
            }

            hour = m.Groups["word"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 24 : 12;
        }
        else if (m.Groups["pod"].Success)
        {
            // "4 in the morning", "10 at night", "2 in the afternoon"
            hour = Int(m.Groups["h"]);
            minute = minutes ? Int(m.Groups["mi"]) : 0;
            var pod = m.Groups["pod"].Value.ToLowerInvariant();
            if ((pod is "afternoon" or "evening" && hour < 12) || (pod == "night" && hour is >= 6 and < 12))
            {
                hour += 12;
            }
            else if (hour == 12 && pod is "morning" or "night")
            {
                hour = 0;
            }
        }
        else
        {
            hour = Int(m.Groups["h"]);
            minute = minutes ? Int(m.Groups["mi"]) : 0;
            var ap = m.Groups["ap"].Value.ToLowerInvariant();
            if (ap.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (ap.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            if (m.Groups["ap"].Success && hour > 23)
            {
                return;
            }
        }

        var weekday = m.Groups["wd"].Success ? LexInt("weekday", m.Groups["wd"]) : ParentheticalWeekday(c.Text, m.Index + m.Length);
        var relativeDay = m.Groups["rd"].Success ? LexInt("relday", m.Groups["rd"]) : (int?)null;
        var (month, dayOfMonth) = m.Groups["d"].Success ? (MonthOf(m), Int(m.Groups["d"])) : (0, 0);
        var utc = m.Groups["utc"].Success;
        if (utc && IsConversionOfClockBefore(c.Text, m.Index))
        {
            return; // "10:35 a.m. (0735 GMT)": the same instant restated in universal time, not a second expression
        }

        c.Add(Candidate(m, ctx =>
        {
            var day = weekday > 0 ? RelativeResolver.Weekday(ctx, m.Index, Weekday(weekday), null)
                : relativeDay is { } shift ? ctx.Published?.PlusDays(shift)
                : month > 0 ? RelativeResolver.YearlessDay(ctx, m.Index, month, dayOfMonth) // "5 p.m. EST, Nov. 6"
                : ClockDay(ctx, m.Index);
            return TimexValues.ClockTime(day, hour, minute, minutes, utc);
        }));
    }

    /// <summary>The weekday of a clock time given after a parenthesis that converts it: "10:35 a.m. (0735 GMT) Friday",
    /// "at 4 in the morning (4 a.m. EDT Thursday)"; 0 when there is none.</summary>
    private int ParentheticalWeekday(string text, int end)
    {
        var open = SkipSpaces(text, end);
        if (open >= text.Length || text[open] != '(')
        {
            return 0;
        }

        var close = text.IndexOf(')', open, Math.Min(40, text.Length - open));
        if (close < 0)
        {
            return 0;
        }

        var inside = PrecedingWord(text, close);
        if (Lexicon.TryGet("weekday", inside, out var value) && char.IsUpper(inside[0]))
        {
            return int.Parse(value, CultureInfo.InvariantCulture);
        }

        var after = FollowingWord(text, close + 1);
        if (after.Equals("on", StringComparison.Ordinal))
        {
            after = FollowingWord(text, SkipSpaces(text, close + 1) + 2);
        }

        return !after.IsEmpty && char.IsUpper(after[0]) && Lexicon.TryGet("weekday", after, out value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Whether the number-and-unit match is part of a rate: "a week" after a quantity ("700 seats a week",
    /// "$2 million a year", "358,000 a month"), or a duration followed by one ("24 hours a day", "seven days a week").</summary>
    private bool IsRate(string text, Match m, int end)
    {
        var num = m.Groups["num"];
        if (num.Value is "a" or "an" && !m.Groups["approx"].Success && m.Groups["unit"].Value is var u && char.IsLower(u[0]) && !u.EndsWith('s'))
        {
            var before = PrecedingWord(text, num.Index);
            if (before.IsEmpty)
            {
                return false;
            }

            if (char.IsDigit(before[0]) || Lexicon.TryGet("ratequantity", before, out _))
            {
                return true; // "358,000 a month", "$500 million a year"
            }

            // "four flights a week", "fifty thousand CDs a year": a plural noun after a number
            var start = num.Index;
            while (start > 0 && text[start - 1] == ' ')
            {
                start--;
            }

            var second = PrecedingWord(text, start - before.Length);
            return before.Length > 2 && before[^1] == 's' && !second.IsEmpty
                && (char.IsDigit(second[0]) || Lexicon.TryGet("ratequantity", second, out _) || Number(second.ToString().ToLowerInvariant()) is not null);
        }

        // "24 hours a day": the duration before the rate's unit
        var next = FollowingWord(text, end);
        if (!(next.Equals("a", StringComparison.Ordinal) || next.Equals("per", StringComparison.Ordinal)))
        {
            return false;
        }

        var unitAfter = FollowingWord(text, SkipSpaces(text, end) + next.Length);
        return !unitAfter.IsEmpty && Lexicon.TryGet("unit", unitAfter, out var code) && !code.EndsWith(".pl", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="index"/> opens a parenthesis right after a clock time ("a.m. (", "p.m. (").</summary>
    private static bool IsConversionOfClockBefore(string text, int index)
    {
        var i = index;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == 0 || text[i - 1] != '(')
        {
            return false;
        }

        i--;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        var before = text.AsSpan(0, i);
        return before.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" am", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" pm", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("a.m", StringComparison.OrdinalIgnoreCase) || before.EndsWith("p.m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Easter Sunday of <paramref name="year"/> in the Gregorian calendar (the anonymous computus).</summary>
    private static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, n = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * n) + 114) / 31;
        var day = ((h + l - (7 * n) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Whether "of [the] Name" follows <paramref name="end"/>: a capitalised word that is no month, weekday or
    /// relative word ("of the Combatant Mothers", "of Dimes", not "of 2008", "of this year", "of Next Year").</summary>
    private bool IsNameOfPhrase(string text, int end)
    {
        var i = SkipSpaces(text, end);
        if (!FollowingWord(text, i).Equals("of", StringComparison.Ordinal))
        {
            return false;
        }

        i = SkipSpaces(text, i + 2);
        if (FollowingWord(text, i).Equals("the", StringComparison.Ordinal))
        {
            i = SkipSpaces(text, i + 3);
        }

        var word = FollowingWord(text, i);
        return word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1])
            && !Lexicon.TryGet("month", word, out _) && !Lexicon.TryGet("weekday", word, out _)
            && !Lexicon.TryGet("relpast", word, out _) && !Lexicon.TryGet("relfuture", word, out _) && !Lexicon.TryGet("relthis", word, out _);
    }

    /// <summary>Whether <paramref name="index"/> starts a sentence (a capital there says nothing).</summary>
    private static bool IsSentenceStart(string text, int index)
    {
        var i = index;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '`' or '\'' or '"' or '“')
        {
            i--;
        }

        return i == 0 || text[i - 1] is '.' or '!' or '?' or '\n';
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t' or '\u00a0')
        {
            index++;
        }

        return index;
    }

    private static char FirstNonSpace(string text, int index) => SkipSpaces(text, index) is var i && i < text.Length ? text[i] : '\0';

    /// <summary>"the day before last Tuesday('s hearing)", "the day after March 3": the day next to that day.</summary>
    private void DayBefore(Match m, CandidateCollection c)
    {
        var offset = m.Groups["ba"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        if (m.Groups["wd"].Success)
        {
            var weekday = Weekday(LexInt("weekday", m.Groups["wd"]));
            int? shift = m.Groups["rel"].Success ? LexShift(m.Groups["rel"].Value) : null;
            var end = m.Index + m.Length;
            var possessive = end + 1 < c.Text.Length && c.Text[end] is '\'' or '’' && c.Text[end + 1] == 's';
            c.Add(Candidate(m, ctx => DayOrNull(RelativeResolver.Weekday(ctx, m.Groups["wd"].Index, weekday, shift ?? (possessive ? 2 : null))?.PlusDays(offset))));
            return;
        }

        var (month, day, year) = (MonthOf(m), Int(m.Groups["d"]), m.Groups["y"]);
        c.Add(Candidate(m, ctx => DayOrNull((year.Success ? TimexValues.TryDate(Int(year), month, day) : RelativeResolver.YearlessDay(ctx, m.Index, month, day))?.PlusDays(offset))));
    }

    private void SetEvery(Match m, CandidateCollection c)
    {
        string value;
        if (m.Groups["wd"].Success)
        {
            value = "XXXX-WXX-" + LexInt("weekday", m.Groups["wd"]).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var code = Lexicon.Get("unit", m.Groups["unit"].Value);
            var unit = ParseUnit(code.EndsWith(".pl", StringComparison.Ordinal) ? code[..^3] : code);
            var word = m.Groups["num"].Success ? m.Groups["num"].Value : "1";
            var amount = word.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : Number(TimeLexicon.NormalizeSpace(word)) ?? 1;
            value = TimexValues.DurationValue(amount.ToString("0.##", CultureInfo.InvariantCulture), unit);
        }

        c.Add(Candidate(m, _ => TimexValues.Set(value)));
    }
}
