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
        if (TryReadFields(line) is { } fields)
        {
            return Build(fields.Get, where);
        }

        var json = LoadObject(line, where);
        return Build(name => OptionalString(json, name, where), where);
    }

    /// <summary>The article from its fields; <paramref name="field"/> gives a field's string (null if absent) or throws
    /// for a field of the wrong type, so the order of the calls decides which fault a line is reported with.</summary>
    private static RawArticle Build(Func<string, string?> field, string where)
    {
        var text = field("text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleFormatException($"{where}: \"text\" is missing or empty");
        }

        var id = field("id");
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new ArticleFormatException($"{where}: \"id\" is empty");
        }

        PublishedTime? published = null;
        var publishedText = field("published") ?? field("date");
        if (publishedText is not null)
        {
            if (!PublishedTimeParser.TryParse(publishedText, out published, out var error))
            {
                throw new ArticleFormatException($"{where}: \"published\" {error}");
            }
        }

        return new RawArticle(
            id,
            field("title"),
            text,
            published,
            field("language") ?? field("lang"),
            field("url"),
            field("source"),
            where);
    }

    /// <summary>The fast path: one pass of the tokens, no document tree. Returns null for anything but a well-formed
    /// object whose known fields are strings or null (a number, a nested value, a comment, broken JSON, more than one value): the
    /// tree reader then reads the line again and gives the same fields or the same message as always.</summary>
    private static Fields? TryReadFields(string line)
    {
        var fields = new Fields();
        try
        {
            using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
            if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonToken.EndObject)
                {
                    // As the tree reader: a comment may follow the object, nothing else.
                    return reader.Read() && reader.TokenType != JsonToken.Comment ? null : fields;
                }

                if (reader.TokenType != JsonToken.PropertyName)
                {
                    return null;
                }

                var index = Fields.IndexOf((string)reader.Value!);
                if (!reader.Read())
                {
                    return null;
                }

                if (index < 0)
                {
                    reader.Skip();
                    continue;
                }

                switch (reader.TokenType)
                {
                    case JsonToken.String:
                        fields.Set(index, (string)reader.Value!);
                        break;
                    case JsonToken.Null:
                        fields.Set(index, null);
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    /// <summary>The slow path, for the lines <see cref="TryReadFields"/> declines: a <see cref="JObject"/> per line.</summary>
    private static JObject LoadObject(string line, string where)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
            var json = JObject.Load(reader);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new ArticleFormatException($"{where}: invalid JSON: more than one value on the line");
            }

            return json;
        }
        catch (JsonReaderException ex)
        {
            throw new ArticleFormatException($"{where}: invalid JSON: {FirstSentence(ex.Message)}");
        }
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

    /// <summary>The fields of an article line that the reader uses, as the fast path found them.</summary>
    private sealed class Fields
    {
        private static readonly string[] Names = ["text", "id", "published", "date", "title", "language", "lang", "url", "source"];

        private readonly string?[] _values = new string?[Names.Length];

        public static int IndexOf(string name) => Array.IndexOf(Names, name);

        public void Set(int index, string? value) => _values[index] = value;

        public string? Get(string name) => _values[IndexOf(name)];
    }
}
