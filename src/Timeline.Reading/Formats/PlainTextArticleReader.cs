using System.Text.RegularExpressions;
using Timeline.Reading.Publication;

namespace Timeline.Reading.Formats;

/// <summary>Reads plain text and Markdown: the first non-empty line is the title; a dateline near the top
/// (<c>Stand: 01.02.2022 10:53 Uhr</c>, <c>Updated: February 1, 2022</c>, an ISO date) is the publication time.</summary>
internal static partial class PlainTextArticleReader
{
    /// <summary>How many non-empty lines from the top may hold the dateline.</summary>
    private const int DatelineSearchLines = 12;

    /// <summary>A line without a dateline keyword counts only when it is short, so that a date in the body is not taken.</summary>
    private const int BareDatelineMaxLength = 60;

    public static RawArticle Read(string text, string origin, string? id)
    {
        string? title = null;
        string? caption = null;
        PublishedTime? published = null;
        var lineNumber = 0;
        var nonEmpty = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text[range].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            nonEmpty++;
            if (title is null)
            {
                // "Antony Blinken und Sergej Lawrow | AP" above a title is a photo caption with its credit.
                if (nonEmpty == 1 && PhotoCredit().IsMatch(line))
                {
                    caption = line;
                    continue;
                }

                title = line.TrimStart('#').Trim();
                continue;
            }

            if (nonEmpty > DatelineSearchLines)
            {
                break;
            }

            var hasKeyword = DatelineKeyword().IsMatch(line);
            if (!hasKeyword && line.Length > BareDatelineMaxLength)
            {
                continue;
            }

            if (PublishedTimeParser.TryParseDateline(line, out var time, out var error))
            {
                published = time;
                break;
            }

            if (error is not null)
            {
                throw new ArticleFormatException($"{origin}:{lineNumber}: dateline {error}");
            }
        }

        return new RawArticle(id, title ?? caption, text, published, null, null, null, origin);
    }

    [GeneratedRegex(@"\s\|\s*[\p{L}/ .&-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:Stand|Aktualisiert|Veröffentlicht|Erschienen|Datum|Updated|Published|Last updated|Posted|Date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatelineKeyword();
}
