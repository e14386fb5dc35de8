namespace Timeline.Reading.Publication;

/// <summary>The date an article states for itself on a line of its own right under the title ("March 05, 2009",
/// "1. Februar 2022"). Relative words in the text ("today", "on Thursday") were written against that date, so it wins
/// over a feed's or a file's date when the two name different days.</summary>
internal static class TextDateline
{
    /// <summary>How many non-empty lines from the top (the title included) may hold the dateline.</summary>
    private const int SearchLines = 3;

    /// <summary>A dateline line holds little besides the date.</summary>
    private const int MaxLineLength = 40;

    /// <summary>The stated date, or null when the top of the text has no line that is only a date.</summary>
    public static PublishedTime? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nonEmpty = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (++nonEmpty > SearchLines)
            {
                break;
            }

            if (line.Length <= MaxLineLength && PublishedTimeParser.TryParseDateline(line.ToString(), out var time, out _))
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>The publication time to use: the text's own dateline when there is no <paramref name="given"/> time or
    /// the dateline names another day, else <paramref name="given"/>.</summary>
    public static PublishedTime? Prefer(PublishedTime? given, string text) =>
        Find(text) is { } stated && (given is null || stated.Local.Date != given.Local.Date) ? stated : given;
}
