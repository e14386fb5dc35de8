using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Timeline.Reading.Publication;

namespace Timeline.Reading.Formats;

/// <summary>Reads JSON Lines with one article per line: <c>{"id", "title"?, "text", "published"?, "language"?, "url"?, "source"?}</c>.
/// A broken line is reported with its number and skipped; the other lines are still read.</summary>
internal static class JsonLinesArticleReader
{
    public static async IAsyncEnumerable<object> ReadAsync(TextReader reader, string origin, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = $"{origin}:{lineNumber}";
            object item;
            try
            {
                item = Parse(line, where);
            }
            catch (ArticleFormatException ex)
            {
                item = new ReadFailure(where, ex.Message);
            }

            yield return item;
        }
    }

    private static RawArticle Parse(string line, string where)
    {
        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
            json = JObject.Load(reader);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new ArticleFormatException($"{where}: invalid JSON: more than one value on the line");
            }
        }
        catch (JsonReaderException ex)
        {
            throw new ArticleFormatException($"{where}: invalid JSON: {FirstSentence(ex.Message)}");
        }

        var text = OptionalString(json, "text", where);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleFormatException($"{where}: \"text\" is missing or empty");
        }

        var id = OptionalString(json, "id", where);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new ArticleFormatException($"{where}: \"id\" is empty");
        }

        PublishedTime? published = null;
        var publishedText = OptionalString(json, "published", where) ?? OptionalString(json, "date", where);
        if (publishedText is not null)
        {
            if (!PublishedTimeParser.TryParse(publishedText, out published, out var error))
            {
                throw new ArticleFormatException($"{where}: \"published\" {error}");
            }
        }

        return new RawArticle(
            id,
            OptionalString(json, "title", where),
            text,
            published,
            OptionalString(json, "language", where) ?? OptionalString(json, "lang", where),
            OptionalString(json, "url", where),
            OptionalString(json, "source", where),
            where);
    }

    private static string? OptionalString(JObject json, string name, string where)
    {
        var token = json[name];
        return token is null || token.Type == JTokenType.Null
            ? null
            : token.Type is JTokenType.String or JTokenType.Integer
                ? token.ToString()
                : throw new ArticleFormatException($"{where}: \"{name}\" must be a string, not {token.Type.ToString().ToLowerInvariant()}");
    }

    private static string FirstSentence(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
