using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Documents;
using Timeline.Reading.Formats;
using Timeline.Reading.Publication;

namespace Timeline.Reading;

/// <summary>Reads articles from files, folders (recursively, in ordinal path order) and standard input, in every input
/// format of the contract: plain text and Markdown, HTML, RSS/Atom feeds and JSON Lines.</summary>
/// <remarks>Streams: one article at a time is held, however large the folder. A malformed item becomes a
/// <see cref="ReadFailure"/> and reading goes on with the next.</remarks>
public sealed class ArticleReader
{
    /// <summary>The file endings read when walking a folder; other files there are passed over.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".jsonl", ".ndjson",
    };

    /// <summary>The largest single article file read whole (JSON Lines files stream and have no limit).</summary>
    private const long MaxArticleFileBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReaderOptions _options;

    public ArticleReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Reads every path in order; <c>-</c> reads <paramref name="standardInput"/>.</summary>
    public async IAsyncEnumerable<ReadItem> ReadAsync(
        IEnumerable<string> paths,
        TextReader standardInput,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(standardInput);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                var text = await standardInput.ReadToEndAsync(cancellationToken);
                await foreach (var item in ReadTextAsync(text, "-", FormatSniffer.Sniff(text), null, cancellationToken))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in EnumerateFolder(path))
                {
                    await foreach (var item in ReadFileAsync(file, cancellationToken))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                await foreach (var item in ReadFileAsync(path, cancellationToken))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new ReadFailure(path, $"{path}: no such file or folder");
            }
        }
    }

    private static IEnumerable<string> EnumerateFolder(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (!name.StartsWith('.') && KnownExtensions.Contains(Path.GetExtension(file)))
                {
                    yield return file;
                }
            }

            for (var i = folders.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(folders[i]).StartsWith('.'))
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }

    private async IAsyncEnumerable<ReadItem> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(path);
        if (extension is ".jsonl" or ".ndjson")
        {
            await foreach (var item in ReadJsonLinesFileAsync(path, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        var (text, failure) = await DecodeFileAsync(path, cancellationToken);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        var format = extension switch
        {
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".rss" or ".atom" => InputFormat.Feed,
            ".txt" or ".text" or ".md" or ".markdown" => InputFormat.PlainText,
            _ => FormatSniffer.Sniff(text!),
        };
        await foreach (var item in ReadTextAsync(text!, path, format, stem, cancellationToken))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<ReadItem> ReadJsonLinesFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StreamReader? reader = null;
        string? openError = null;
        try
        {
            reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            openError = ex.Message;
        }

        if (reader is null)
        {
            yield return new ReadFailure(path, $"{path}: cannot be read: {openError}");
            yield break;
        }

        using (reader)
        {
            var lines = JsonLinesArticleReader.ReadAsync(reader, path, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (lines)
            {
                var count = 0;
                while (true)
                {
                    object? next;
                    ReadFailure? failure = null;
                    try
                    {
                        next = await lines.MoveNextAsync() ? lines.Current : null;
                    }
                    catch (DecoderFallbackException)
                    {
                        next = null;
                        failure = new ReadFailure(path, $"{path}: is not valid UTF-8; the lines after the last good one were not read");
                    }

                    if (failure is not null)
                    {
                        yield return failure;
                        yield break;
                    }

                    if (next is null)
                    {
                        if (count == 0)
                        {
                            yield return new ReadFailure(path, $"{path}: is empty (no articles)");
                        }

                        yield break;
                    }

                    count++;
                    yield return next is RawArticle raw ? ToItem(raw, null) : (ReadFailure)next;
                }
            }
        }
    }

    private async IAsyncEnumerable<ReadItem> ReadTextAsync(
        string text,
        string origin,
        InputFormat format,
        string? stem,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new ReadFailure(origin, $"{origin}: is empty");
            yield break;
        }

        if (format == InputFormat.JsonLines)
        {
            using var reader = new StringReader(text);
            await foreach (var next in JsonLinesArticleReader.ReadAsync(reader, origin, cancellationToken))
            {
                yield return next is RawArticle raw ? ToItem(raw, null) : (ReadFailure)next;
            }

            yield break;
        }

        IEnumerable<object> items;
        try
        {
            items = format switch
            {
                InputFormat.Html => [HtmlArticleReader.Read(text, origin, stem)],
                InputFormat.Feed => FeedArticleReader.Read(text, origin).ToList(),
                _ => [PlainTextArticleReader.Read(text, origin, stem)],
            };
        }
        catch (ArticleFormatException ex)
        {
            items = [new ReadFailure(origin, ex.Message)];
        }

        foreach (var item in items)
        {
            yield return item is RawArticle raw ? ToItem(raw, stem is null ? HashId(raw.Text) : null) : (ReadFailure)item;
        }
    }

    private ReadItem ToItem(RawArticle raw, string? fallbackId)
    {
        Language language;
        if (_options.Language is { } forced)
        {
            language = forced;
        }
        else if (!LanguageCodes.TryParse(raw.Language, out language))
        {
            language = LanguageDetector.Detect(raw.Text);
        }

        var given = raw.Published ?? _options.DefaultPublished;
        var published = (_options.KeepGivenDate ? given : TextDateline.Prefer(given, raw.Text))?.Resolve(PublicationZones.For(language));
        var id = raw.Id ?? fallbackId ?? HashId(raw.Text);
        var info = new DocumentInfo(new DocumentId(id), raw.Title ?? string.Empty, language, published, raw.Source, raw.Url, raw.Origin);
        return new ArticleRead(new Document(info, raw.Text));
    }

    private static string HashId(string text) =>
        "sha-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);

    private static async Task<(string? Text, ReadFailure? Failure)> DecodeFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxArticleFileBytes)
            {
                return (null, new ReadFailure(path, $"{path}: is larger than {MaxArticleFileBytes / (1024 * 1024)} MiB; split it or use JSON Lines"));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new ReadFailure(path, $"{path}: cannot be read: {ex.Message}"));
        }

        return TextDecoding.Decode(bytes, path);
    }
}
