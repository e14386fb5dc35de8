using System.Globalization;
using CodeHollow.FeedReader;
using Timeline.Reading.Publication;

namespace Timeline.Reading.Formats;

/// <summary>Reads RSS and Atom feeds: one article per item, its text the item's content (or description) as plain text
/// behind the title.</summary>
internal static class FeedArticleReader
{
    public static IEnumerable<object> Read(string xml, string origin)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new ArticleFormatException($"{origin}: not a readable RSS or Atom feed: {ex.Message.Split('\n')[0].Trim()}");
        }

        var source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim();
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var where = $"{origin}#{index.ToString(CultureInfo.InvariantCulture)}";
            var body = HtmlArticleReader.ExtractText(string.IsNullOrWhiteSpace(item.Content) ? item.Description ?? string.Empty : item.Content);
            var title = item.Title?.Trim();
            if (body.Length == 0 && string.IsNullOrEmpty(title))
            {
                yield return new ReadFailure(where, $"{where}: feed item has no text");
                continue;
            }

            PublishedTime? published = null;
            if (!string.IsNullOrWhiteSpace(item.PublishingDateString)
                && !PublishedTimeParser.TryParse(item.PublishingDateString, out published, out var error))
            {
                yield return new ReadFailure(where, $"{where}: publication date {error}");
                continue;
            }

            var text = string.IsNullOrEmpty(title) ? body : body.Length == 0 ? title : title + "\n\n" + body;
            var id = string.IsNullOrWhiteSpace(item.Id) ? item.Link : item.Id;
            yield return new RawArticle(
                string.IsNullOrWhiteSpace(id) ? null : id.Trim(),
                title,
                text,
                published,
                feed.Language,
                string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
                source,
                where);
        }
    }
}
