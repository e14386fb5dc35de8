using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Timeline.Reading.Publication;

namespace Timeline.Reading.Formats;

/// <summary>Reads an HTML page: the main text (the <c>article</c> or <c>main</c> element, else the body, without
/// navigation, scripts and boilerplate), the title and the publication time from <c>&lt;meta&gt;</c> or <c>&lt;time&gt;</c>.</summary>
/// <remarks>The document text is the extracted main text, one block element per line; offsets index it.</remarks>
internal static class HtmlArticleReader
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dc.date.issued", "dcterms.created",
        "pubdate", "publishdate", "publish-date", "sailthru.date", "parsely-pub-date", "article:modified_time", "last-modified",
    ];

    private static readonly string[] RemovedSelectors =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "figure figcaption", "[role=navigation]", "[aria-hidden=true]",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "SECTION", "ARTICLE", "BR", "DD", "DT", "TABLE", "UL", "OL",
    };

    public static RawArticle Read(string html, string origin, string? id)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        var language = document.DocumentElement.GetAttribute("lang") ?? Meta(document, "og:locale") ?? Meta(document, "language");
        var published = FindPublished(document, origin);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var source = Meta(document, "og:site_name") ?? Meta(document, "publisher");

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            throw new ArticleFormatException($"{origin}: HTML page has no body text");
        }

        foreach (var selector in RemovedSelectors)
        {
            foreach (var element in root.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        var text = new StringBuilder();
        AppendText(root, text);
        var mainText = NormaliseLines(text.ToString());
        if (mainText.Length == 0)
        {
            throw new ArticleFormatException($"{origin}: HTML page has no text");
        }

        // The title leads the text, as in a plain-text article, unless the main text already starts with it.
        if (!string.IsNullOrWhiteSpace(title) && !mainText.StartsWith(title.Trim(), StringComparison.Ordinal))
        {
            mainText = title.Trim() + "\n\n" + mainText;
        }

        return new RawArticle(id, title?.Trim(), mainText, published, language, url, source, origin);
    }

    /// <summary>The text of an HTML fragment (a feed item's description), one block element per line.</summary>
    public static string ExtractText(string fragment)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<body>" + fragment + "</body>");
        var text = new StringBuilder();
        if (document.Body is { } body)
        {
            AppendText(body, text);
        }

        return NormaliseLines(text.ToString());
    }

    private static PublishedTime? FindPublished(IDocument document, string origin)
    {
        foreach (var name in PublishedMetaNames)
        {
            var value = Meta(document, name);
            if (value is null)
            {
                continue;
            }

            if (PublishedTimeParser.TryParse(value, out var time, out var error))
            {
                return time;
            }

            throw new ArticleFormatException($"{origin}: <meta {name}> {error}");
        }

        var datetime = document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return datetime is not null && PublishedTimeParser.TryParse(datetime, out var fromTime, out _) ? fromTime : null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                return string.IsNullOrWhiteSpace(content) ? null : content.Trim();
            }
        }

        return null;
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data);
            }
            else if (child is IElement element)
            {
                var isBlock = BlockTags.Contains(element.TagName);
                if (isBlock)
                {
                    text.Append('\n');
                }

                AppendText(element, text);
                if (isBlock)
                {
                    text.Append('\n');
                }
            }
        }
    }

    private static string NormaliseLines(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = CollapseWhiteSpace(text.AsSpan(range));
            if (line.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append("\n\n");
            }

            result.Append(line);
        }

        return result.ToString();
    }

    private static string CollapseWhiteSpace(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
