using NodaTime;

namespace Timeline.Extraction.Time;

/// <summary>News-style resolution of expressions that lack a year or a week: which Monday, which March.</summary>
internal static class RelativeResolver
{
    /// <summary>A weekday. <paramref name="shift"/> -1 = the last one strictly before publication ("vergangenen Montag"),
    /// +1 = the next one strictly after, 0 = the one of the publication week ("diesen Montag"), 2 = the most recent one on or
    /// before publication; null = by tense:
    /// future tense gives the next one on or after publication, otherwise the most recent one on or before.</summary>
    public static LocalDate? Weekday(ResolutionContext context, int position, IsoDayOfWeek day, int? shift)
    {
        if (context.Published is not { } published)
        {
            return null;
        }

        return shift switch
        {
            -1 => published.With(DateAdjusters.Previous(day)),
            1 => published.With(DateAdjusters.Next(day)),
            0 => published.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).PlusDays((int)day - 1),
            2 => published.With(DateAdjusters.PreviousOrSame(day)),
            _ => context.DirectionAt(position) == Direction.Future
                ? published.With(DateAdjusters.NextOrSame(day))
                : published.With(DateAdjusters.PreviousOrSame(day)),
        };
    }

    /// <summary>A day and month without a year: the occurrence in the direction of the tense, else the nearest one.</summary>
    public static LocalDate? YearlessDay(ResolutionContext context, int position, int month, int day)
    {
        if (context.Published is not { } published)
        {
            return null;
        }

        var direction = context.DirectionAt(position);
        LocalDate? best = null;
        var bestScore = int.MaxValue;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (TimexValues.TryDate(year, month, day) is not { } candidate)
            {
                continue;
            }

            var distance = Period.Between(published, candidate, PeriodUnits.Days).Days;
            var score = Math.Abs(distance);
            if ((direction == Direction.Future && distance < -7) || (direction == Direction.Past && distance > 7))
            {
                score += 180; // against the tense: only if the other reading is much further away
            }

            if (score <= bestScore) // a tie goes to the later year: announcements outnumber look-backs
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>The year of a month named without one: the same rule as <see cref="YearlessDay"/>, by month distance.</summary>
    public static int? YearlessMonth(ResolutionContext context, int position, int month)
    {
        if (context.Published is not { } published)
        {
            return null;
        }

        var direction = context.DirectionAt(position);
        int? best = null;
        var bestScore = int.MaxValue;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            var distance = ((year - published.Year) * 12) + month - published.Month;
            var score = Math.Abs(distance) * 2;
            if ((direction == Direction.Future && distance < 0) || (direction == Direction.Past && distance > 0))
            {
                score += 13; // against the tense
            }

            if (score <= bestScore) // a tie goes to the later year
            {
                (best, bestScore) = (year, score);
            }
        }

        return best;
    }

    /// <summary>The year of a season named without one (<c>WI</c> starts in December of that year).</summary>
    public static int? YearlessSeason(ResolutionContext context, int position, string season)
    {
        if (context.Published is not { } published)
        {
            return null;
        }

        var month = published.Month;
        if (season == "WI")
        {
            // January/February belong to the winter that began the previous December.
            var current = month <= 2 ? published.Year - 1 : published.Year;
            if (month is >= 3 and <= 11)
            {
                return context.DirectionAt(position) == Direction.Past ? published.Year - 1 : published.Year;
            }

            return current;
        }

        var start = season switch { "SP" => 3, "SU" => 6, _ => 9 };
        var direction = context.DirectionAt(position);
        if (month < start && direction == Direction.Past && month < start - 3)
        {
            return published.Year - 1;
        }

        if (month > start + 2 && direction == Direction.Future)
        {
            return published.Year + 1;
        }

        return published.Year;
    }

    /// <summary>The weekend meant by a bare "Wochenende": by tense, else by the day of publication (early in the week the
    /// past one, late in the week the coming one).</summary>
    public static TimexMeaning? Weekend(ResolutionContext context, int position, int? shift)
    {
        if (context.Published is not { } published)
        {
            return null;
        }

        var day = published.DayOfWeek;
        var thisWeek = published; // the weekend of the ISO week of publication
        var lastWeek = published.PlusWeeks(-1);
        var onWeekend = day is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        switch (shift)
        {
            case -1:
                return TimexValues.Weekend(onWeekend ? lastWeek : lastWeek);
            case 1:
                return TimexValues.Weekend(onWeekend ? published.PlusWeeks(1) : thisWeek);
            case 0:
                return TimexValues.Weekend(thisWeek);
            default:
                break;
        }

        if (onWeekend)
        {
            return TimexValues.Weekend(thisWeek);
        }

        var direction = context.DirectionAt(position);
        var past = direction == Direction.Past || (direction == Direction.Unknown && day <= IsoDayOfWeek.Wednesday);
        return TimexValues.Weekend(past ? lastWeek : thisWeek);
    }

    /// <summary>The last (-1) or next (+1) season of that name relative to publication.</summary>
    public static int SeasonYear(LocalDate published, string season, int shift)
    {
        var start = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var month = published.Month;
        if (season == "WI")
        {
            var current = month <= 2 ? published.Year - 1 : published.Year; // winter that began last December or begins this one
            return shift < 0 ? (month <= 2 || month == 12 ? current - 1 : published.Year - 1) : (month <= 2 ? published.Year : published.Year);
        }

        return shift < 0 ? (month > start + 2 ? published.Year : published.Year - 1) : (month < start ? published.Year : published.Year + 1);
    }
}
