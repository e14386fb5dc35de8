using NodaTime;
using Timeline.Core.Documents;

namespace Timeline.Reading.Tests;

public sealed class ArticleReaderTests
{
    private const string GermanArticle = """
        Ministerin reist nach Warschau

        Stand: 03.03.2023 08:15 Uhr

        Die Außenministerin ist am Morgen nach Polen gereist. Dort will sie mit ihrem polnischen Kollegen über die Lage an der Grenze sprechen.
        """;

    private static async Task<List<ReadItem>> ReadAsync(ReaderOptions options, params string[] paths)
    {
        var reader = new ArticleReader(options);
        var items = new List<ReadItem>();
        await foreach (var item in reader.ReadAsync(paths, TextReader.Null, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task A_German_text_file_gets_title_dateline_in_Berlin_time_and_language()
    {
        using var folder = new TempFolder();
        var path = folder.Write("warschau.txt", GermanArticle);

        var items = await ReadAsync(ReaderOptions.Default, path);

        var document = Assert.IsType<ArticleRead>(Assert.Single(items)).Document;
        Assert.Equal("warschau", document.Id.Value);
        Assert.Equal("Ministerin reist nach Warschau", document.Info.Title);
        Assert.Equal(Language.German, document.Info.Language);
        Assert.Equal(new LocalDateTime(2023, 3, 3, 8, 15).WithOffset(Offset.FromHours(1)), document.Info.Published);
        Assert.Equal(GermanArticle, document.Text);
    }

    [Fact]
    public async Task An_English_dateline_with_a_meridiem_is_read_in_utc()
    {
        using var folder = new TempFolder();
        var path = folder.Write("talks.md", "# Talks resume\n\nUpdated: March 3, 2023 4:05 PM\n\nThe ministers said they would meet again in the spring.\n");

        var items = await ReadAsync(ReaderOptions.Default, path);

        var document = Assert.IsType<ArticleRead>(Assert.Single(items)).Document;
        Assert.Equal("Talks resume", document.Info.Title);
        Assert.Equal(Language.English, document.Info.Language);
        Assert.Equal(new LocalDateTime(2023, 3, 3, 16, 5).WithOffset(Offset.Zero), document.Info.Published);
    }

    [Fact]
    public async Task A_photo_credit_above_the_title_is_not_taken_as_the_title()
    {
        using var folder = new TempFolder();
        var path = folder.Write("credit.txt", "Zwei Minister beim Treffen | dpa\n\nGespräche in Genf gehen weiter\n\nStand: 02.02.2023 09:00 Uhr\n\nDie Gespräche sollen am Freitag fortgesetzt werden.\n");

        var items = await ReadAsync(ReaderOptions.Default, path);

        Assert.Equal("Gespräche in Genf gehen weiter", Assert.IsType<ArticleRead>(Assert.Single(items)).Document.Info.Title);
    }

    [Fact]
    public async Task An_impossible_dateline_date_is_reported_with_file_and_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad-date.txt", "Titel\n\nStand: 31.02.2022 10:00 Uhr\n\nText des Artikels über ein Treffen.\n");

        var items = await ReadAsync(ReaderOptions.Default, path);

        var failure = Assert.IsType<ReadFailure>(Assert.Single(items));
        Assert.Equal($"{path}:3: dateline '31.02.2022 10:00 Uhr' is not a valid date", failure.Message);
    }

    [Fact]
    public async Task Empty_binary_and_invalid_utf8_files_are_reported_and_the_rest_of_the_folder_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("a-empty.txt", "   \n");
        folder.WriteBytes("b-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        folder.WriteBytes("c-latin1.txt", [0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E]);
        folder.Write("d-good.txt", GermanArticle);
        folder.Write("sub/e-good.txt", GermanArticle.Replace("Warschau", "Prag", StringComparison.Ordinal));
        folder.Write("ignored.png", "not an article");

        var items = await ReadAsync(ReaderOptions.Default, folder.Path);

        Assert.Collection(
            items,
            item => Assert.EndsWith("a-empty.txt: is empty", Assert.IsType<ReadFailure>(item).Message, StringComparison.Ordinal),
            item => Assert.EndsWith("b-binary.txt: is a binary file, not text (NUL byte at offset 4)", Assert.IsType<ReadFailure>(item).Message, StringComparison.Ordinal),
            item => Assert.EndsWith("c-latin1.txt: is not valid UTF-8 (byte offset 1)", Assert.IsType<ReadFailure>(item).Message, StringComparison.Ordinal),
            item => Assert.Equal("d-good", Assert.IsType<ArticleRead>(item).Document.Id.Value),
            item => Assert.Equal("e-good", Assert.IsType<ArticleRead>(item).Document.Id.Value));
    }

    [Fact]
    public async Task A_broken_json_line_is_reported_with_its_number_and_the_other_lines_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", """
            {"id": "one", "text": "The summit begins on Monday in Geneva.", "published": "2023-05-02T10:00:00+02:00", "source": "Wire"}
            {"id": "two", "text": "broken
            {"id": "three", "title": "Vote", "text": "Das Parlament stimmt am Donnerstag über das Gesetz ab.", "published": "2023-05-03"}
            {"id": "four", "text": "Ein Text mit unmöglichem Datum.", "published": "2023-02-30"}
            """);

        var items = await ReadAsync(ReaderOptions.Default, path);

        Assert.Equal(4, items.Count);
        var one = Assert.IsType<ArticleRead>(items[0]).Document;
        Assert.Equal(("one", "Wire", Language.English), (one.Id.Value, one.Info.Source, one.Info.Language));
        Assert.Equal(Offset.FromHours(2), one.Info.Published!.Value.Offset);
        Assert.StartsWith($"{path}:2: invalid JSON:", Assert.IsType<ReadFailure>(items[1]).Message, StringComparison.Ordinal);
        var three = Assert.IsType<ArticleRead>(items[2]).Document;
        Assert.Equal(Language.German, three.Info.Language);
        Assert.Equal(new LocalDateTime(2023, 5, 3, 0, 0).WithOffset(Offset.FromHours(2)), three.Info.Published);
        Assert.Equal($"{path}:4: \"published\" '2023-02-30' is not a valid date", Assert.IsType<ReadFailure>(items[3]).Message);
    }

    [Fact]
    public async Task Json_lines_with_numbers_nested_values_repeated_keys_and_comments_read_as_one_object_per_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mixed.jsonl", """
            {"id": 42, "text": "Die Fähre legt am Freitag wieder ab.", "lang": "de"}
            {"id": "nested", "meta": {"tags": ["a", {"b": [1, 2.5, true, null]}]}, "text": "The council met on Tuesday.", "title": null}
            {"id": "repeat", "text": "first", "text": "The vote was held on Sunday.", "url": "https://example.org/v"}
            {"id": "later-array", "text": "The port reopened.", "text": ["x"]}
            {"id": "comment", "text": "Der Hafen öffnet am Montag."} // a comment after the object
            {"id": "second", "text": "One."} {"id": "value"}
            {"id": "float", "text": "The bridge reopened.", "source": 1.5}
            ["not", "an", "object"]
            {"id": "escaped", "text": "Quote \"inside\" and \u00fc and a\nnew line.", "published": null, "date": "2023-05-03"}
            """);

        var items = await ReadAsync(ReaderOptions.Default, path);

        Assert.Equal(9, items.Count);
        var number = Assert.IsType<ArticleRead>(items[0]).Document;
        Assert.Equal(("42", Language.German), (number.Id.Value, number.Info.Language));
        var nested = Assert.IsType<ArticleRead>(items[1]).Document;
        Assert.Equal(("nested", "The council met on Tuesday.", string.Empty), (nested.Id.Value, nested.Text, nested.Info.Title));
        var repeat = Assert.IsType<ArticleRead>(items[2]).Document;
        Assert.Equal(("The vote was held on Sunday.", "https://example.org/v"), (repeat.Text, repeat.Info.Url));
        Assert.Equal($"{path}:4: \"text\" must be a string, not array", Assert.IsType<ReadFailure>(items[3]).Message);
        Assert.Equal("comment", Assert.IsType<ArticleRead>(items[4]).Document.Id.Value);
        Assert.StartsWith($"{path}:6: invalid JSON: Additional text encountered", Assert.IsType<ReadFailure>(items[5]).Message, StringComparison.Ordinal);
        Assert.Equal($"{path}:7: \"source\" must be a string, not float", Assert.IsType<ReadFailure>(items[6]).Message);
        Assert.StartsWith($"{path}:8: invalid JSON: Error reading JObject", Assert.IsType<ReadFailure>(items[7]).Message, StringComparison.Ordinal);
        var escaped = Assert.IsType<ArticleRead>(items[8]).Document;
        Assert.Equal("Quote \"inside\" and ü and a\nnew line.", escaped.Text);
        Assert.Equal(new LocalDate(2023, 5, 3), escaped.Info.Published!.Value.Date);
    }

    [Fact]
    public async Task An_html_page_gives_its_main_text_without_navigation_and_its_meta_date()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", """
            <html lang="de"><head><title>Gipfel | Zeitung</title>
            <meta property="article:published_time" content="2023-06-01T12:30:00+02:00"></head>
            <body><nav>Startseite Politik</nav><article><h1>Gipfel in Brüssel</h1>
            <p>Die Staats- und Regierungschefs   beraten heute über Hilfen.</p><script>var x = 1;</script>
            <p>Am Freitag soll eine Erklärung folgen.</p></article><footer>Impressum</footer></body></html>
            """);

        var items = await ReadAsync(ReaderOptions.Default, path);

        var document = Assert.IsType<ArticleRead>(Assert.Single(items)).Document;
        Assert.Equal("Gipfel in Brüssel\n\nDie Staats- und Regierungschefs beraten heute über Hilfen.\n\nAm Freitag soll eine Erklärung folgen.", document.Text);
        Assert.Equal(Language.German, document.Info.Language);
        Assert.Equal(new LocalDateTime(2023, 6, 1, 12, 30).WithOffset(Offset.FromHours(2)), document.Info.Published);
    }

    [Fact]
    public async Task An_html_page_without_text_is_reported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.html", "<html><body><nav>Menu</nav><script>1</script></body></html>");

        var items = await ReadAsync(ReaderOptions.Default, path);

        Assert.Equal($"{path}: HTML page has no text", Assert.IsType<ReadFailure>(Assert.Single(items)).Message);
    }

    [Fact]
    public async Task An_rss_feed_gives_one_article_per_item()
    {
        using var folder = new TempFolder();
        var path = folder.Write("news.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire</title><language>en</language>
            <item><title>Ministers meet</title><link>https://example.org/a</link><guid>a-1</guid>
            <description>&lt;p&gt;The ministers met in Paris on Tuesday.&lt;/p&gt;</description><pubDate>Tue, 07 Mar 2023 10:00:00 GMT</pubDate></item>
            <item><title>Aid package</title><link>https://example.org/b</link>
            <description>The government announced new aid.</description><pubDate>Wed, 08 Mar 2023 11:30:00 +0100</pubDate></item>
            </channel></rss>
            """);

        var items = await ReadAsync(ReaderOptions.Default, path);

        Assert.Equal(2, items.Count);
        var first = Assert.IsType<ArticleRead>(items[0]).Document;
        Assert.Equal(("a-1", "Ministers meet", "Wire"), (first.Id.Value, first.Info.Title, first.Info.Source));
        Assert.Equal("Ministers meet\n\nThe ministers met in Paris on Tuesday.", first.Text);
        Assert.Equal(new LocalDateTime(2023, 3, 7, 10, 0).WithOffset(Offset.Zero), first.Info.Published);
        var second = Assert.IsType<ArticleRead>(items[1]).Document;
        Assert.Equal("https://example.org/b", second.Id.Value);
        Assert.Equal(Offset.FromHours(1), second.Info.Published!.Value.Offset);
    }

    [Fact]
    public async Task A_dateline_under_the_title_wins_over_a_json_date_that_names_another_day()
    {
        using var folder = new TempFolder();
        var path = folder.Write("wire.jsonl", """
            {"id": "w-1", "lang": "en", "date": "2011-04-20", "text": "Ferry service resumes\nApril 26 , 2011\nThe ferry resumed service on Tuesday."}
            {"id": "w-2", "lang": "en", "date": "2011-04-20T09:15:00Z", "text": "Ferry service halted\nApril 20, 2011\nThe ferry stopped on Wednesday."}
            {"id": "w-3", "lang": "en", "date": "2011-04-20", "text": "Ferry service halted\nThe ferry operator said on Wednesday that the last crossing was on April 2, 2011."}
            {"id": "w-4", "lang": "en", "text": "Ferry service halted\n19 April 2011\nThe ferry stopped on Tuesday."}
            """);

        var items = await ReadAsync(ReaderOptions.Default, path);
        var kept = await ReadAsync(ReaderOptions.Default with { KeepGivenDate = true }, path);

        var published = items.Select(i => Assert.IsType<ArticleRead>(i).Document.Info.Published!.Value.LocalDateTime).ToList();
        Assert.Equal(new LocalDateTime(2011, 4, 26, 0, 0), published[0]);
        Assert.Equal(new LocalDateTime(2011, 4, 20, 9, 15), published[1]);
        Assert.Equal(new LocalDateTime(2011, 4, 20, 0, 0), published[2]);
        Assert.Equal(new LocalDateTime(2011, 4, 19, 0, 0), published[3]);
        Assert.Equal(new LocalDateTime(2011, 4, 20, 0, 0), Assert.IsType<ArticleRead>(kept[0]).Document.Info.Published!.Value.LocalDateTime);
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash_with_the_given_language_and_publication_time()
    {
        var reader = new ArticleReader(new ReaderOptions(Language.German, new Timeline.Reading.Publication.PublishedTime(new LocalDateTime(2023, 1, 2, 0, 0), null)));
        var items = new List<ReadItem>();
        await foreach (var item in reader.ReadAsync(["-"], new StringReader("Meldung\n\nThe text is English but German was forced."), CancellationToken.None))
        {
            items.Add(item);
        }

        var document = Assert.IsType<ArticleRead>(Assert.Single(items)).Document;
        Assert.Equal(Language.German, document.Info.Language);
        Assert.Equal(new LocalDateTime(2023, 1, 2, 0, 0).WithOffset(Offset.FromHours(1)), document.Info.Published);
        Assert.StartsWith("sha-", document.Id.Value, StringComparison.Ordinal);
        Assert.Equal("-", document.Info.Origin);
    }

    [Fact]
    public async Task A_missing_path_is_reported()
    {
        var items = await ReadAsync(ReaderOptions.Default, "/nonexistent/timeline/article.txt");

        Assert.Equal("/nonexistent/timeline/article.txt: no such file or folder", Assert.IsType<ReadFailure>(Assert.Single(items)).Message);
    }
}
