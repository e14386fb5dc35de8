using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Extraction.Time;

/// <summary>German time expressions: absolute and year-less dates, clock times, relative days, weekdays, units with
/// numbers and relative words, seasons, quarters, decades, sets and vague references.</summary>
/// <remarks>Extents follow KRAUTS/HeidelTime: no leading preposition ("im", "am", "seit"), a determiner only before a
/// relative word ("den vergangenen Tagen").</remarks>
internal sealed class GermanTimexGrammar : TimexGrammar
{
    private const string NumberLeft = @"(?<![\w.,:/§])";
    private const string NumberRight = @"(?!\d|[.,:/]\d)";

    // Runs once: compiled without optimisation, which took the JIT several times as long for this large method.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    public GermanTimexGrammar()
        : base(TimeLexicon.Load(Language.German, "time-lexicon.tsv"))
    {
        var month = Lexicon.Alternation("month");
        var mon = $@"(?:(?<mon>{month})\b|(?<mabbr>{Lexicon.Alternation("monthabbr")})\.)";
        var weekday = Lexicon.Alternation("weekday");
        var num = $@"(?:(?<![\d.,])\d{{1,4}}(?:,\d+)?|{Lexicon.Alternation("number")})";
        var rel = Lexicon.Alternation("relpast", "relfuture", "relthis");
        var modifier = Lexicon.Alternation("modifier");
        var approx = Lexicon.Alternation("approx");
        var unit = Lexicon.Alternation("unit");
        var podNoun = "(?:früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)";
        var relCategories = new[] { "relpast", "relfuture", "relthis" };
        var follow = new NumberFollowers(Words(["month", "monthabbr"]).Words);
        var separator = @"\s*(?:,\s*(?:und|bis|sowie)?(?:\s+am)?|bis|und(?:\s+am)?|sowie(?:\s+am)?|-|–|/|&)\s*";

        // 01.02.2022 [10:53 [Uhr]]
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.DotDate), "numeric-date", $@"{NumberLeft}(?<d>\d{{1,2}})\.\s?(?<m>\d{{1,2}})\.\s?(?<y>\d{{4}}|(?<!\s)\d{{2}}){NumberRight}(?:,?\s+(?<h>\d{{1,2}})[:.](?<mi>\d{{2}})(?:\s*Uhr\b)?)?", NumericDate);

        // 2022-02-01
        Add(TokenTrigger.FourDigits.After(NumberFollowers.Hyphen), "iso-date", $@"{NumberLeft}(?<y>\d{{4}})-(?<m>\d{{2}})-(?<d>\d{{2}})(?:T(?<h>\d{{2}}):(?<mi>\d{{2}}))?(?![\w]|[.,:-]\d)", NumericDate);

        // [Montag, [den]] 1. Februar [2022]
        Add(TokenTrigger.TwoDigits.After(follow.Month), "day-month", $@"(?:\b(?<wd>{weekday}),?\s+(?:(?:den|dem)\s+)?)?", $@"{NumberLeft}(?<d>\d{{1,2}})\.?\s*{mon}(?:\s+(?<y>\d{{4}}){NumberRight})?", DayMonth, Tail(["weekday"], false, "den", "dem"));

        // the 3. and 4. of "3., 4. und 5. Oktober"
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.ListSeparator), "day-list", $@"{NumberLeft}(?<d>\d{{1,2}})\.?(?={separator}(?:\d{{1,2}}\.?{separator})*\d{{1,2}}\.\s*{mon}(?:\s+(?<y>\d{{4}}))?)", DayMonth);

        // am 3.5.
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.AfterWordOf(["am", "vom", "bis", "zum", "ab", "seit", "den", "dem", "und"], NumberFollowers.DotDate)), "day-numeric-month", @"(?<=\b(?:am|vom|bis|zum|ab|seit|den|dem|und)\s+)(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?!\s?\d)", DayNumericMonth);

        // [Anfang] Februar [2022 | vorigen Jahres]
        Add(Words(["month"]), "month", $@"(?:\b(?<mod>{modifier})\s+(?:de[sn]\s+)?)?", $@"\b(?<mon>{month})\b(?:\s+(?<y>\d{{4}}){NumberRight}|\s+(?<rel>{rel})\s+Jahres\b)?", Month, Tail(["modifier"], false, "des", "den"));

        // [Jahr] 2022
        Add(TokenTrigger.FourDigits, "year", $@"(?:\b(?<mod>{modifier})\s+)?(?:\b(?<jahr>Jahre?s?)\s+)?", $@"(?<![\w.,:§])(?<!\b\d{{1,2}}/)(?<y>1\d\d\d|20\d\d)(?!\w|[.,:]\d|/\d{{1,2}}(?!\d)|\s*%|\s+{Lexicon.Alternation("yearstop")}\b)", Year, Tail(["modifier"], false, "Jahr", "Jahre", "Jahrs", "Jahres"));

        // [vergangenen] Sommer [2021]
        Add(Words(["season"]), "season", $@"(?:\b(?<mod>{modifier})\s+(?:de[sm]\s+)?)?(?:\b(?<rel>{rel})\s+)?", $@"\b(?<s>{Lexicon.Alternation("season")})\b(?!-)(?:\s+(?<y>\d{{4}}){NumberRight})?", Season, Tail(["modifier", .. relCategories], false, "des", "dem"));

        // gestern [Abend]
        Add(Words(["relday"]), "relative-day", $@"\b(?<w>{Lexicon.Alternation("relday")})\b(?:\s+(?<pod>{podNoun})\b)?", RelativeDay);

        // [vergangenen] Montag[abend] [früh]
        // Compounds with a part of the day ("Donnerstagabend") are one word: they must trigger the rule too.
        var weekdayCompounds = Lexicon.Forms("weekday").SelectMany(w => new[] { "abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht", "früh" }.Select(p => w + p)).ToArray();
        Add(Words(["weekday"], weekdayCompounds), "weekday", $@"(?:\b(?<rel>{rel})\s+)?", $@"\b(?<wd>{weekday})(?<pod>abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?\b(?:\s+(?<pod2>{podNoun})\b)?", Weekday, Tail(relCategories, false));

        // [vor] [den] [etwa] [kommenden] [drei] Jahren [später]
        Add(Words(["unit"]), "unit", $@"(?:\b(?<vor>vor|binnen|innerhalb|nach)\s+)?(?:\b(?<det>de[nmrs]|die|das|diese[nmrs]?)\s+)?(?:\b(?<approx>{approx})\s+)?(?:\b(?<rel>{rel})\s+)?(?:\b(?<num>{num})(?:\s+|\s*-\s*))?", $@"\b(?<unit>{unit})\b(?:\s+(?<post>{Lexicon.Alternation("anchorafter", "anchorbefore")})\b)?", Unit,
            Tail(["approx", "number", .. relCategories], true, "vor", "binnen", "innerhalb", "nach", "den", "dem", "der", "des", "die", "das", "diese", "diesen", "diesem", "dieser", "dieses"));

        // Vortag, Vorjahr, heuer
        Add(Words(["relword"]), "relative-word", $@"\b(?<w>{Lexicon.Alternation("relword")})\b", (m, c) =>
            c.Add(Candidate(m, ctx => RelativeWord(Lexicon.Get("relword", m.Groups["w"].Value), ctx))));

        // [im] dritten Quartal [2014], der zweiten Jahreshälfte
        // "1." to "4." and "ersten" to "vierten" start it only before a part unit ("Quartal"): most numbers and "ersten" don't.
        Add(Words(["ordinal"]) with { DigitLengths = 1 << 1, Follow = NumberFollowers.WordOf(Lexicon.Forms("partunit")) }, "quarter", @"(?:\b(?<det>de[rsm])\s+)?", $@"\b(?<ord>{Lexicon.Alternation("ordinal")})\s+(?<u>{Lexicon.Alternation("partunit")})\b(?:\s+(?<y>\d{{4}}){NumberRight}|\s+(?:de[sr]\s+)?(?<rel>{rel})\s+Jahres\b|\s+(?<cur>des\s+Jahres)\b)?", Quarter, Tail([], false, "der", "des", "dem"));

        // den 1990er-Jahren, die 60er Jahre
        Add(TokenTrigger.DigitsOfLength(2, 4).After(NumberFollowers.Er), "decade", @"(?:\b(?<det>den|die|der)\s+)?", @"(?<![\w.])(?<dec>(?:1\d|20)?\d0)er(?:(?<jahre>(?:\s*-\s*|\s+)?Jahren?)\b|\b)", Decade, Tail([], false, "den", "die", "der"));

        // des 15. Jahrhunderts
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.WordOf(["Jahrhundert", "Jahrhunderts"])), "century", @"(?:\b(?<det>de[sm]|das)\s+)?", @"(?<![\w.])(?<n>\d{1,2})\.\s+Jahrhunderts?\b", (m, c) =>
            c.Add(Candidate(m, _ => TimexValues.Century(Int(m.Groups["n"])))), Tail([], false, "des", "dem", "das"));

        // 10:53 Uhr, 18.30 Uhr, 9 Uhr abends
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.Clock), "clock", $@"{NumberLeft}(?<h>[01]?\d|2[0-4])(?:[.:](?<mi>[0-5]\d))?\s*Uhr\b(?:\s+(?<pod>morgens|früh|abends|nachmittags|vormittags|nachts)\b)?", Clock);

        // um 9.30 (without "Uhr")
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.AfterWordOf(["um", "ab", "gegen", "von", "bis", "zwischen"], NumberFollowers.DotOrColonDigit)), "clock-bare", @"(?<=\b(?:um|ab|gegen|von|bis|zwischen)\s+)(?<h>[6-9]|0[6-9]|1\d|2[0-3])[.:](?<mi>[0-5]\d)(?!\d|[.,]\d|\s*(?:Uhr|Euro|€|Prozent|%|Meter|Punkte))", Clock);

        // the 10 of "10 bis 12 Uhr"
        Add(TokenTrigger.TwoDigits.After(NumberFollowers.ClockRange), "clock-range-start", $@"{NumberLeft}(?<h>[01]?\d|2[0-3])(?:[.:](?<mi>[0-5]\d))?(?=\s*(?:bis|-|–|/|und)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*Uhr\b)", Clock);

        // am Abend
        Add(Literal("Vormittag", "Nachmittag", "Abend", "Morgen", "Mittag", "Nacht"), "part-of-day", @"(?<=\b(?:am|gegen)\s+)(?<pod>Vormittag|Nachmittag|Abend|Morgen|Mittag|Nacht)\b", PartOfDay);

        // The trigger is the last word of a form; without one of the words that can precede it ("zur" before "Zeit"),
        // only a one-word form is possible, so the trigger match is then built directly when it is a form itself.
        var vagueLeading = Lexicon.Forms("vague").Select(f => f.Split(' ')).Where(w => w.Length > 1).Select(w => w[^2]);
        AddTriggered(Literal([.. Lexicon.LastWords("vague")]), "vague", $@"\b(?<v>{LastWords("vague")})(?!\w)", $@"\b(?<v>{Lexicon.Alternation("vague")})(?!\w)", (m, c) =>
        {
            if (Lexicon.TryGet("vague", TimeLexicon.NormalizeSpace(m.Groups["v"].Value), out var value))
            {
                c.Add(Candidate(m, _ => TimexValues.Vague(value)));
            }
        }, new PrefixTail(vagueLeading, false));

        Add(Words(["setadverb"]), "set-adverb", $@"\b(?<v>{Lexicon.Alternation("setadverb")})\b", (m, c) =>
            c.Add(Candidate(m, _ => TimexValues.Set(Lexicon.Get("setadverb", m.Groups["v"].Value)))));

        Add(Words(["weekdayset"]), "set-weekday", $@"\b(?<v>{Lexicon.Alternation("weekdayset")})\b", (m, c) =>
            c.Add(Candidate(m, _ => TimexValues.Set("XXXX-WXX-" + Lexicon.Get("weekdayset", m.Groups["v"].Value)))));

        // jeden Montag, alle zwei Wochen
        // "alle" and "jeden" start it only before a number, an ordinal, a weekday or a unit.
        var everyNext = NumberFollowers.WordOf([.. Words(["number", "unit", "weekday"], ["zweiten", "dritten", "vierten", .. weekdayCompounds]).Words], digit: true);
        Add(Literal("jeden", "jedem", "jeder", "jedes", "jede", "alle").After(everyNext), "set-every", $@"\b(?:jede[nmrs]?|alle)\s+(?:(?<num>{num}|zweiten|dritten|vierten)\s+)?(?:(?<wd>{weekday})(?<pod>abend|morgen|nachmittag|vormittag|nacht)?|(?<unit>{unit}))\b", SetEvery);

        // einmal im Monat, pro Jahr
        Add(Literal("Tag", "Woche", "Monat", "Jahr", "Stunde"), "set-per", @"(?:\b(?<times>\w+mal)\s+)?\b(?<prep>pro|je|im|in\s+der|am)\s+", @"\b(?<unit>Tag|Woche|Monat|Jahr|Stunde)\b(?!\s+\d)", SetPer, new PrefixTail(["pro", "je", "im", "der", "am"], false) { Optional = false });

        // jahrelang, langjährigen
        Add(Words(["durationadj"]), "duration-adjective", $@"\b(?<v>{Lexicon.Alternation("durationadj")})\b", (m, c) =>
            c.Add(Candidate(m, _ => new TimexMeaning(Core.Time.TimexType.Duration, Lexicon.Get("durationadj", m.Groups["v"].Value), null))));

        // einwöchigen, 3-tägige
        Add("duration-compound", $@"\b(?<num>\d{{1,3}}-?|{Lexicon.Alternation("number")})", $@"(?<u>{Lexicon.Alternation("durationsuffix")})\b", (m, c) =>
        {
            var amount = Number(m.Groups["num"].Value.TrimEnd('-'));
            var unit = ParseUnit(Lexicon.Get("durationsuffix", m.Groups["u"].Value));
            c.Add(Candidate(m, _ => amount is { } n ? TimexValues.Duration(n, unit) : TimexValues.VagueDuration(unit)));
        }, [.. Lexicon.Forms("durationsuffix")]);

        Add(Words(["holiday"]), "holiday", $@"\b(?<h>{Lexicon.Alternation("holiday")})\b", Holiday);

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
        var begin = m.Groups["wd"].Success ? m.Groups["wd"].Index : m.Groups["d"].Index;
        var end = m.Groups["d"].Index + m.Groups["d"].Length;
        if (!m.Groups["wd"].Success && m.Groups["d"].Index + m.Groups["d"].Length < m.Index + m.Length)
        {
            end = m.Index + m.Length; // the whole date, not just the day of a list
        }

        if (m.Groups["mon"].Success || m.Groups["mabbr"].Success)
        {
            var monthGroupEnd = m.Groups["mon"].Success ? m.Groups["mon"].Index + m.Groups["mon"].Length : m.Groups["mabbr"].Index + m.Groups["mabbr"].Length + 1;
            end = Math.Min(m.Index + m.Length, Math.Max(end, monthGroupEnd));
            if (m.Groups["y"].Success && m.Groups["y"].Index + m.Groups["y"].Length <= m.Index + m.Length)
            {
                end = m.Groups["y"].Index + m.Groups["y"].Length;
            }
        }

        // A zero-width lookahead (day-list) puts mon/y outside the match: the day alone is the extent.
        if (m.Length <= m.Groups["d"].Length + 1)
        {
            end = m.Index + m.Length;
        }

        var weekday = m.Groups["wd"].Success ? LexInt("weekday", m.Groups["wd"]) : 0;
        var yearGroup = m.Groups["y"];
        c.Add(new TimexCandidate(begin, end, ctx =>
        {
            if (yearGroup.Success)
            {
                return DayOrNull(TimexValues.TryDate(Int(yearGroup), month, day));
            }

            return DayOrNull(weekday > 0 ? YearByWeekday(ctx, month, day, weekday) ?? RelativeResolver.YearlessDay(ctx, begin, month, day)
                : RelativeResolver.YearlessDay(ctx, begin, month, day));
        }));
    }

    private static LocalDate? YearByWeekday(ResolutionContext ctx, int month, int day, int weekday)
    {
        if (ctx.Published is not { } published)
        {
            return null;
        }

        foreach (var year in new[] { published.Year, published.Year + 1, published.Year - 1 })
        {
            if (TimexValues.TryDate(year, month, day) is { } date && (int)date.DayOfWeek == weekday)
            {
                return date;
            }
        }

        return null;
    }

    private void DayNumericMonth(Match m, CandidateCollection c) => c.Add(Candidate(m, ctx =>
        TimexValues.TryDate(2000, Int(m.Groups["m"]), Int(m.Groups["d"])) is null ? null
            : DayOrNull(RelativeResolver.YearlessDay(ctx, m.Index, Int(m.Groups["m"]), Int(m.Groups["d"])))));

    private void Month(Match m, CandidateCollection c)
    {
        var monthGroup = m.Groups["mon"];
        if (!m.Groups["mod"].Success && !m.Groups["y"].Success && !m.Groups["rel"].Success)
        {
            // "August" is also a first name, "Mai" rarely anything else: trust a bare month after a preposition or article.
            var before = PrecedingWord(c.Text, m.Index);
            if (monthGroup.Value.Equals("August", StringComparison.Ordinal) && !IsMonthIntroducer(before))
            {
                return;
            }
        }

        var month = LexInt("month", monthGroup);
        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", m.Groups["mod"].Value) : null;
        c.Add(Candidate(m, ctx =>
        {
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"])
                : m.Groups["rel"].Success ? ctx.Published?.Year + LexShift(m.Groups["rel"].Value)
                : RelativeResolver.YearlessMonth(ctx, m.Index, month);
            return year is { } y ? TimexValues.Month(y, month)?.WithMod(mod) : null;
        }));
    }

    private static bool IsMonthIntroducer(ReadOnlySpan<char> word) =>
        word.Equals("im", StringComparison.OrdinalIgnoreCase) || word.Equals("seit", StringComparison.OrdinalIgnoreCase)
        || word.Equals("bis", StringComparison.OrdinalIgnoreCase) || word.Equals("ab", StringComparison.OrdinalIgnoreCase)
        || word.Equals("vom", StringComparison.OrdinalIgnoreCase) || word.Equals("zum", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Monat", StringComparison.OrdinalIgnoreCase) || word.Equals("des", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Ende", StringComparison.OrdinalIgnoreCase) || word.Equals("Anfang", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Mitte", StringComparison.OrdinalIgnoreCase) || word.Equals("und", StringComparison.OrdinalIgnoreCase);

    private int LexShift(string form) =>
        Lexicon.TryGet("relpast", form, out _) ? -1 : Lexicon.TryGet("relfuture", form, out _) ? 1 : 0;

    private void Year(Match m, CandidateCollection c)
    {
        var year = Int(m.Groups["y"]);
        var text = c.Text;
        var yearStart = m.Groups["y"].Index;
        var before = PrecedingWord(text, m.Groups["jahr"].Success ? m.Groups["jahr"].Index : yearStart);
        if (Lexicon.TryGet("yearblock", before, out _) || Lexicon.TryGet("approx", before, out _))
        {
            return;
        }

        if (year < 1800 && !m.Groups["jahr"].Success && !IsYearIntroducer(before))
        {
            return;
        }

        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", m.Groups["mod"].Value) : null;
        c.Add(Candidate(m, _ => TimexValues.Year(year)?.WithMod(mod)));
    }

    private static bool IsYearIntroducer(ReadOnlySpan<char> word) =>
        word.Equals("im", StringComparison.OrdinalIgnoreCase) || word.Equals("seit", StringComparison.OrdinalIgnoreCase)
        || word.Equals("um", StringComparison.OrdinalIgnoreCase) || word.Equals("bis", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ab", StringComparison.OrdinalIgnoreCase) || word.Equals("von", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nach", StringComparison.OrdinalIgnoreCase) || word.Equals("vor", StringComparison.OrdinalIgnoreCase)
        || word.Equals("anno", StringComparison.OrdinalIgnoreCase) || word.Equals("und", StringComparison.OrdinalIgnoreCase);

    private void Season(Match m, CandidateCollection c)
    {
        var season = Lexicon.Get("season", m.Groups["s"].Value);
        var mod = m.Groups["mod"].Success ? Lexicon.Get("modifier", m.Groups["mod"].Value) : null;
        var begin = FirstIndex(m, "mod", "rel", "s");
        c.Add(new TimexCandidate(begin, m.Index + m.Length, ctx =>
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
                year = RelativeResolver.SeasonYear(published, season, shift);
            }
            else
            {
                year = RelativeResolver.YearlessSeason(ctx, begin, season);
            }

            return year is { } y ? TimexValues.Season(y, season)?.WithMod(mod) : null;
        }));
    }

    private void RelativeDay(Match m, CandidateCollection c)
    {
        var word = m.Groups["w"];
        var text = c.Text;
        if (word.Value.Equals("Morgen", StringComparison.Ordinal) && word.Index > 0)
        {
            // "am Morgen", "jeden Morgen": the noun, not "tomorrow" (a sentence may start with "Morgen").
            var before = PrecedingWord(text, word.Index);
            var sentenceStart = before.IsEmpty || text[word.Index - 1] == '\n' || IsAfterSentenceEnd(text, word.Index);
            if (!sentenceStart)
            {
                return;
            }
        }

        var shift = LexInt("relday", word);
        var pod = m.Groups["pod"].Success ? Lexicon.Get("partofday", m.Groups["pod"].Value) : null;
        var generic = shift == 0 && pod is null && IsGenericToday(text, word.Index, word.Index + word.Length);
        c.Add(Candidate(m, ctx =>
        {
            if (generic)
            {
                return TimexValues.Vague("PRESENT_REF");
            }

            if (ctx.Published is not { } published)
            {
                return shift == 0 ? TimexValues.Vague("PRESENT_REF") : null;
            }

            var day = published.PlusDays(shift);
            return pod is null ? TimexValues.Day(day) : TimexValues.PartOfDay(day, pod);
        }));
    }

    /// <summary>"heute" in the sense of "nowadays" (TimeML: PRESENT_REF): "auch heute noch", "heute noch immer",
    /// "noch heute" after "auch"/"bis", or followed by a Konjunktiv II ("Heute würde er ...").</summary>
    private static bool IsGenericToday(string text, int begin, int end)
    {
        var before = PrecedingWord(text, begin);
        var after = FollowingWord(text, end);
        if (after.Equals("noch", StringComparison.OrdinalIgnoreCase))
        {
            var nochEnd = end;
            while (nochEnd < text.Length && !char.IsLetter(text[nochEnd]))
            {
                nochEnd++;
            }

            var afterNoch = FollowingWord(text, nochEnd + after.Length);
            return before.Equals("auch", StringComparison.OrdinalIgnoreCase) || before.Equals("bis", StringComparison.OrdinalIgnoreCase)
                || afterNoch.Equals("immer", StringComparison.OrdinalIgnoreCase);
        }

        return after.Equals("würde", StringComparison.OrdinalIgnoreCase) || after.Equals("wäre", StringComparison.OrdinalIgnoreCase)
            || after.Equals("hätte", StringComparison.OrdinalIgnoreCase) || after.Equals("würden", StringComparison.OrdinalIgnoreCase)
            || after.Equals("wären", StringComparison.OrdinalIgnoreCase) || after.Equals("hätten", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAfterSentenceEnd(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '"' or '„' or '“';
    }

    private void Weekday(Match m, CandidateCollection c)
    {
        var weekday = Weekday(LexInt("weekday", m.Groups["wd"]));
        int? shift = m.Groups["rel"].Success ? LexShift(m.Groups["rel"].Value) : null;
        var podGroup = m.Groups["pod"].Success ? m.Groups["pod"] : m.Groups["pod2"];
        var pod = podGroup.Success ? Lexicon.Get("partofday", podGroup.Value) : null;
        c.Add(Candidate(m, ctx =>
        {
            var day = RelativeResolver.Weekday(ctx, m.Index, weekday, shift);
            if (day is not { } d)
            {
                return new TimexMeaning(Core.Time.TimexType.Date, "XXXX-WXX-" + ((int)weekday).ToString(CultureInfo.InvariantCulture), null);
            }

            return pod is null ? TimexValues.Day(d) : TimexValues.PartOfDay(d, pod);
        }));
    }

    private void Unit(Match m, CandidateCollection c)
    {
        var code = Lexicon.Get("unit", m.Groups["unit"].Value);
        var plural = code.EndsWith(".pl", StringComparison.Ordinal);
        var unit = ParseUnit(plural ? code[..^3] : code);
        var hasNumber = m.Groups["num"].Success;
        var amount = hasNumber ? Number(m.Groups["num"].Value) : null;
        var demonstrative = m.Groups["det"].Success && m.Groups["det"].Value.StartsWith("dies", StringComparison.OrdinalIgnoreCase);
        var hasRel = m.Groups["rel"].Success || (demonstrative && !hasNumber);
        var shift = m.Groups["rel"].Success ? LexShift(m.Groups["rel"].Value) : 0;
        var approx = m.Groups["approx"].Success ? Lexicon.Get("approx", m.Groups["approx"].Value) : null;
        var post = m.Groups["post"];
        var postSign = post.Success ? (Lexicon.TryGet("anchorafter", post.Value, out _) ? 1 : -1) : 0;
        var end = m.Index + m.Length;

        int begin;
        if (m.Groups["rel"].Success && m.Groups["det"].Success || (demonstrative && !hasNumber))
        {
            begin = m.Groups["det"].Index;
        }
        else
        {
            begin = FirstIndex(m, "approx", "rel", "num", "unit");
        }

        // Anchored: "zwei Tage später", "Tag zuvor".
        if (postSign != 0)
        {
            if (amount is { } n && n == decimal.Truncate(n) && !hasRel)
            {
                if (unit is CalendarUnit.Second or CalendarUnit.Minute or CalendarUnit.Hour)
                {
                    c.Add(new TimexCandidate(begin, end, _ => new TimexMeaning(Core.Time.TimexType.Time, "XXXX-XX-XXTXX:XX", null)));
                }
                else
                {
                    c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.AnchorOrPublished, unit, postSign * (int)n)));
                }

                return;
            }

            if (!hasNumber && !hasRel && !plural && unit == CalendarUnit.Day)
            {
                c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.AnchorOrPublished, CalendarUnit.Day, postSign)));
                return;
            }

            end = post.Index;
            while (end > begin && char.IsWhiteSpace(c.Text[end - 1]))
            {
                end--;
            }
        }

        // Ages ("22 Jahre alt", "ab 16 Jahren") are not time expressions.
        var after = FollowingWord(c.Text, end);
        if (Lexicon.TryGet("agefollower", after, out _) || PrecedingWord(c.Text, begin).Equals("ab", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (hasRel && !hasNumber && !plural)
        {
            if (unit == CalendarUnit.Weekend)
            {
                c.Add(new TimexCandidate(begin, end, ctx => RelativeResolver.Weekend(ctx, begin, shift)));
            }
            else if (unit == CalendarUnit.Day)
            {
                if (shift != -1)
                {
                    c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.AnchorOrPublished, CalendarUnit.Day, shift)));
                }
            }
            else if (unit is not (CalendarUnit.Second or CalendarUnit.Minute or CalendarUnit.Hour))
            {
                c.Add(new TimexCandidate(begin, end, ctx => ShiftFrom(ctx.Published, unit, shift)));
            }

            return;
        }

        if (hasNumber)
        {
            var meaning = amount is { } n ? TimexValues.Duration(n, unit) : TimexValues.VagueDuration(unit);
            c.Add(new TimexCandidate(begin, end, _ => meaning.WithMod(approx is "APPROX" ? null : approx)));
            return;
        }

        if (hasRel)
        {
            c.Add(new TimexCandidate(begin, end, _ => TimexValues.VagueDuration(unit)));
            return;
        }

        if (!plural)
        {
            if (unit == CalendarUnit.Weekend)
            {
                var weekendBegin = m.Groups["unit"].Index;
                c.Add(new TimexCandidate(weekendBegin, end, ctx => RelativeResolver.Weekend(ctx, weekendBegin, null)));
            }

            return;
        }

        // Bare plural: "seit Jahren", "die Jahre", "über Monate".
        var text = c.Text;
        var previous = PrecedingWord(text, m.Groups["unit"].Index);
        if (approx is not null || m.Groups["det"].Success || previous.Equals("seit", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("vor", StringComparison.OrdinalIgnoreCase) || previous.Equals("nach", StringComparison.OrdinalIgnoreCase))
        {
            if (unit is CalendarUnit.Year or CalendarUnit.Month or CalendarUnit.Week or CalendarUnit.Day or CalendarUnit.Decade)
            {
                var start = m.Groups["det"].Success ? m.Groups["det"].Index : begin;
                c.Add(new TimexCandidate(start, end, _ => TimexValues.VagueDuration(unit)));
            }
        }
    }

    private void Quarter(Match m, CandidateCollection c)
    {
        var ordinal = LexInt("ordinal", m.Groups["ord"]);
        var half = Lexicon.Get("partunit", m.Groups["u"].Value) == "H";
        var bareHalf = m.Groups["u"].Value.Equals("Hälfte", StringComparison.OrdinalIgnoreCase);
        if ((half && ordinal > 2) || (bareHalf && !m.Groups["y"].Success && !m.Groups["rel"].Success && !m.Groups["cur"].Success))
        {
            return;
        }

        c.Add(Candidate(m, ctx =>
        {
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"])
                : m.Groups["rel"].Success ? ctx.Published?.Year + LexShift(m.Groups["rel"].Value)
                : ctx.Published?.Year;
            return year is not { } y ? null : half ? TimexValues.Half(y, ordinal) : TimexValues.Quarter(y, ordinal);
        }));
    }

    private static void Decade(Match m, CandidateCollection c)
    {
        var digits = m.Groups["dec"].Value;
        if (digits.Length == 2 && !m.Groups["jahre"].Success)
        {
            return;
        }

        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        c.Add(Candidate(m, ctx =>
        {
            var first = value;
            if (digits.Length == 2)
            {
                var recent = (ctx.Published?.Year ?? 2000) - 2000;
                first = value <= recent - 10 ? 2000 + value : 1900 + value;
            }

            return TimexValues.Decade(first);
        }));
    }

    private void Clock(Match m, CandidateCollection c)
    {
        var hour = Int(m.Groups["h"]);
        var minutes = m.Groups["mi"].Success;
        var minute = minutes ? Int(m.Groups["mi"]) : 0;
        if (m.Groups["pod"].Success && hour < 12 && m.Groups["pod"].Value is "abends" or "nachmittags" or "nachts" && hour >= 1)
        {
            hour = hour == 12 ? 12 : hour + (m.Groups["pod"].Value == "nachts" && hour < 5 ? 0 : 12);
        }

        var each = PrecedingWord(c.Text, m.Index).Equals("jeweils", StringComparison.OrdinalIgnoreCase);
        c.Add(Candidate(m, ctx => TimexValues.ClockTime(each || IsRecurringClock(ctx, m.Index) ? null : ClockDay(ctx, m.Index), hour, minute, minutes)));
    }

    /// <summary>A clock time that holds for several days, so has no date of its own (KRAUTS writes <c>T20:00</c>): right
    /// after a list of days ("am 25. und 26. August von 10 bis 18 Uhr") or after a set ("wochentags von 14 bis 18 Uhr").</summary>
    private static bool IsRecurringClock(ResolutionContext ctx, int position) =>
        (ctx.AnchorIsList && ctx.AnchorEnd >= 0 && position - ctx.AnchorEnd <= 60)
        || (ctx.LastSetEnd >= 0 && position - ctx.LastSetEnd <= 24);

    private void PartOfDay(Match m, CandidateCollection c)
    {
        var pod = Lexicon.Get("partofday", m.Groups["pod"].Value);
        c.Add(Candidate(m, ctx => ctx.AnchorOrPublished is { } day ? TimexValues.PartOfDay(day, pod) : null));
    }

    private void SetEvery(Match m, CandidateCollection c)
    {
        string value;
        if (m.Groups["wd"].Success)
        {
            value = "XXXX-WXX-" + LexInt("weekday", m.Groups["wd"]).ToString(CultureInfo.InvariantCulture);
            if (m.Groups["pod"].Success)
            {
                value += "T" + Lexicon.Get("partofday", m.Groups["pod"].Value);
            }
        }
        else
        {
            var code = Lexicon.Get("unit", m.Groups["unit"].Value);
            var unit = ParseUnit(code.EndsWith(".pl", StringComparison.Ordinal) ? code[..^3] : code);
            var amount = 1m;
            if (m.Groups["num"].Success)
            {
                var word = m.Groups["num"].Value;
                amount = word.ToLowerInvariant() switch
                {
                    "zweiten" => 2,
                    "dritten" => 3,
                    "vierten" => 4,
                    _ => Number(word) ?? 1,
                };
            }

            value = TimexValues.DurationValue(amount.ToString("0.##", CultureInfo.InvariantCulture), unit);
        }

        c.Add(Candidate(m, _ => TimexValues.Set(value)));
    }

    private void SetPer(Match m, CandidateCollection c)
    {
        var prep = m.Groups["prep"].Value;
        var needsTimes = !prep.Equals("pro", StringComparison.OrdinalIgnoreCase) && !prep.Equals("je", StringComparison.OrdinalIgnoreCase);
        var before = PrecedingWord(c.Text, m.Index);
        var afterAmount = before.Equals("Euro", StringComparison.OrdinalIgnoreCase) || before.Equals("Dollar", StringComparison.OrdinalIgnoreCase)
            || before.Equals("Franken", StringComparison.OrdinalIgnoreCase) || before.Equals("Stunden", StringComparison.OrdinalIgnoreCase);
        if (needsTimes && !m.Groups["times"].Success && !afterAmount)
        {
            return;
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "tag" => "P1D",
            "woche" => "P1W",
            "monat" => "P1M",
            "jahr" => "P1Y",
            _ => "PT1H",
        };
        c.Add(Candidate(m, _ => TimexValues.Set(unit)));
    }

    private void Holiday(Match m, CandidateCollection c)
    {
        var spec = Lexicon.Get("holiday", m.Groups["h"].Value);
        var month = int.Parse(spec.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(spec.AsSpan(3, 2), CultureInfo.InvariantCulture);
        c.Add(Candidate(m, ctx => DayOrNull(RelativeResolver.YearlessDay(ctx, m.Index, month, day))));
    }
}
