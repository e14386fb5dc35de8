using Microsoft.Data.Sqlite;
using Timeline.Core.Actors;
using Timeline.Storage.Sqlite;

namespace Timeline.Storage.Tests.Sqlite;

/// <summary>What only the embedded store has: the file, its schema, locks, and what happens to files that are not
/// Timeline stores.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private static readonly GraphStoreOptions ShortWait = new() { BusyTimeout = TimeSpan.FromSeconds(1) };

    /// <summary>The tables schema version 3 turns from WITHOUT ROWID into rowid tables.</summary>
    private const string RebuiltTables = "('events', 'event_documents', 'event_mentions')";
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_new_store_uses_WAL_foreign_keys_and_the_current_schema_version()
    {
        var path = _directory.File("timeline.db");
        await using (var store = await OpenAsync(path))
        {
            await store.WriteAsync([Articles.Call()], CancellationToken.None);
        }

        using var connection = OpenRaw(path);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(SqliteSchema.LatestVersion, Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SqliteSchema.ApplicationId, (long)Scalar(connection, "PRAGMA application_id")!);
        Assert.Equal(0L, (long)Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check")!);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Articles.Call().Document.Text));
        Assert.Equal(Convert.ToHexStringLower(hash), Scalar(connection, "SELECT content_hash FROM documents"));
    }

    [Fact]
    public async Task A_version_2_store_becomes_rowid_tables_with_the_same_content_and_takes_further_writes()
    {
        // Given a store written with schema version 2 (events, reports and mentions in WITHOUT ROWID tables)
        var path = _directory.File("version2.db");
        using (var connection = OpenRaw(path))
        {
            SqliteSchema.Migrate(connection, path, targetVersion: 2);
            using var writer = new DocumentWriter(connection);
            using var transaction = connection.BeginTransaction();
            writer.Enlist(transaction);
            var articles = new[] { Articles.Call(), Articles.Week(), Articles.Undated() };
            for (var i = 0; i < articles.Length; i++)
            {
                writer.Write(articles[i], i);
            }

            writer.Flush();
            writer.Enlist(null);
            transaction.Commit();
            Assert.Equal(3L, (long)Scalar(connection, $"SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID' AND name IN {RebuiltTables}")!);
        }

        // When it is opened, and then an article that corroborates stored events and a rewrite are written
        await using var upgraded = await OpenAsync(path);
        await upgraded.WriteAsync([Articles.Echo(), Articles.Call()], CancellationToken.None);

        // Then it has version 3's rowid tables, no dangling rows, and the content of a store that only knew version 3
        await using var fresh = await OpenAsync(_directory.File("fresh.db"));
        await fresh.WriteAsync(Articles.All(), CancellationToken.None);
        Assert.Equal(await fresh.FindEventsAsync(EventFilter.All, CancellationToken.None), await upgraded.FindEventsAsync(EventFilter.All, CancellationToken.None));
        Assert.Equal(await fresh.GetStatisticsAsync(CancellationToken.None), await upgraded.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(await fresh.ListActorsAsync(CancellationToken.None), await upgraded.ListActorsAsync(CancellationToken.None));
        using var check = OpenRaw(path);
        Assert.Equal(3L, (long)Scalar(check, "PRAGMA user_version")!);
        Assert.Equal(0L, (long)Scalar(check, $"SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID' AND name IN {RebuiltTables}")!);
        Assert.Equal(3L, (long)Scalar(check, $"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN {RebuiltTables}")!);
        Assert.Equal(0L, (long)Scalar(check, "SELECT count(*) FROM pragma_foreign_key_check")!);
        Assert.Equal(1L, (long)Scalar(check, "SELECT count(*) FROM sqlite_schema WHERE name = 'events_by_time'")!);
    }

    [Fact]
    public async Task An_event_without_aggregate_columns_from_schema_version_1_is_re_merged_by_its_next_report()
    {
        // Given a store whose events lack the version 2 aggregate columns, as after migrating a version 1 file
        var path = _directory.File("upgraded.db");
        await using (var store = await OpenAsync(path))
        {
            await store.WriteAsync([Articles.Call(), Articles.Week(), Articles.Undated()], CancellationToken.None);
        }

        using (var connection = OpenRaw(path))
        {
            Execute(connection, """
                UPDATE events SET strongest_document = NULL, strongest_sentence_begin = NULL, strongest_sentence_end = NULL,
                    strongest_trigger_begin = NULL, strongest_trigger_end = NULL, strongest_confidence = NULL,
                    report_confidence = NULL, doubt = NULL
                """);
        }

        // When an article that reports events already stored is written
        await using var upgraded = await OpenAsync(path);
        await upgraded.WriteAsync([Articles.Echo()], CancellationToken.None);

        // Then the events equal those of a store that saw every article with version 2
        await using var fresh = await OpenAsync(_directory.File("fresh.db"));
        await fresh.WriteAsync(Articles.All(), CancellationToken.None);
        Assert.Equal(await fresh.FindEventsAsync(EventFilter.All, CancellationToken.None), await upgraded.FindEventsAsync(EventFilter.All, CancellationToken.None));
        using var check = OpenRaw(path);
        const string EchoedEvents = "FROM events e JOIN event_documents r ON r.event_id = e.id AND r.document_id = 'en-echo'";
        Assert.Equal(1L, (long)Scalar(check, $"SELECT count(*) {EchoedEvents}")!);
        Assert.Equal(0L, (long)Scalar(check, $"SELECT count(*) {EchoedEvents} WHERE e.doubt IS NULL")!);
    }

    [Fact]
    public async Task The_factory_opens_a_file_path_as_the_embedded_store()
    {
        var path = _directory.File("factory.db");

        await using var store = await GraphStoreFactory.OpenAsync(StoreLocation.Parse(path), null, CancellationToken.None);

        Assert.IsType<SqliteGraphStore>(store);
        Assert.Equal(path, store.DisplayName);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Reopening_a_store_keeps_its_data_and_does_not_migrate_again()
    {
        var path = _directory.File("timeline.db");
        StoreStatistics written;
        await using (var store = await OpenAsync(path))
        {
            await store.WriteAsync(Articles.All(), CancellationToken.None);
            written = await store.GetStatisticsAsync(CancellationToken.None);
        }

        await using var reopened = await OpenAsync(path);

        Assert.Equal(written, await reopened.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(7, (await reopened.FindEventsAsync(EventFilter.All, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_path_below_a_regular_file_throws_StoreException_naming_the_path()
    {
        var blocker = _directory.File("not-a-directory");
        await File.WriteAllTextAsync(blocker, "just a file");
        var path = Path.Combine(blocker, "timeline.db");

        var error = await Assert.ThrowsAsync<StoreException>(() => OpenAsync(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_directory_as_store_path_throws_StoreException()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => OpenAsync(_directory.Path));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dies ist ein Zeitungsartikel und keine Datenbank.\n")]
    [InlineData("SQLite format 3\0 but then garbage follows for a while, far more than a header needs to be...........")]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_untouched(string content)
    {
        var path = _directory.File("article.txt");
        await File.WriteAllTextAsync(path, content);
        var before = await File.ReadAllBytesAsync(path);

        var error = await Assert.ThrowsAsync<StoreException>(() => OpenAsync(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0);
    }

    [Fact]
    public async Task Another_applications_database_is_refused_and_left_untouched()
    {
        var path = _directory.File("other.db");
        using (var connection = OpenRaw(path))
        {
            Execute(connection, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('Apfelstrudel')");
        }

        var before = await File.ReadAllBytesAsync(path);

        var error = await Assert.ThrowsAsync<StoreException>(() => OpenAsync(path));

        Assert.Contains("not a Timeline store", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_store_from_a_newer_timeline_is_refused()
    {
        var path = _directory.File("future.db");
        await using (var store = await OpenAsync(path))
        {
            await store.WriteAsync([Articles.Echo()], CancellationToken.None);
        }

        using (var connection = OpenRaw(path))
        {
            Execute(connection, "PRAGMA user_version = 99");
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => OpenAsync(path));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_locked_by_another_writer_throws_a_transient_StoreException()
    {
        var path = _directory.File("locked.db");
        await using var store = await OpenAsync(path);
        using var other = OpenRaw(path);
        using var lockHolder = other.BeginTransaction(deferred: false);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync([Articles.Call()], CancellationToken.None));

        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        lockHolder.Rollback();
        await store.WriteAsync([Articles.Call()], CancellationToken.None);
        Assert.Equal(1, (await store.GetStatisticsAsync(CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task A_failure_late_in_a_document_rolls_back_all_its_rows()
    {
        // Given a store that refuses the troop move, which is written after the document, actors, mentions and relations
        var path = _directory.File("trigger.db");
        await using var store = await OpenAsync(path);
        using (var connection = OpenRaw(path))
        {
            Execute(connection, """
                CREATE TRIGGER refuse_troops BEFORE INSERT ON event_documents WHEN NEW.mode = 'troops'
                BEGIN SELECT RAISE(ABORT, 'troops refused by test trigger'); END
                """);
        }

        // When a batch writes the echo article, then the call article
        var error = await Assert.ThrowsAsync<StoreException>(
            () => store.WriteAsync([Articles.Echo(), Articles.Call()], CancellationToken.None));

        // Then the echo article is complete and no row of the call article exists in any table
        Assert.Contains("de-call", error.Message, StringComparison.Ordinal);
        using var check = OpenRaw(path);
        foreach (var table in new[] { "actor_names", "actor_aliases", "actor_mentions", "relations", "event_documents", "event_mentions" })
        {
            // Table names come from the constant list above, never from input.
#pragma warning disable CA2100
            Assert.Equal(0L, (long)Scalar(check, $"SELECT count(*) FROM {table} WHERE document_id = 'de-call'")!);
#pragma warning restore CA2100
        }

        Assert.Equal(1L, (long)Scalar(check, "SELECT count(*) FROM event_mentions WHERE document_id = 'en-echo'")!);
        Assert.Equal(0L, (long)Scalar(check, "SELECT count(*) FROM documents WHERE id = 'de-call'")!);
        Assert.Equal(["karla-berger", "tomas-lindqvist"], (await store.ListActorsAsync(CancellationToken.None)).Select(a => a.Actor.Id.Value));
    }

    [Fact]
    public async Task A_batch_that_writes_a_document_twice_keeps_its_second_version_as_separate_writes_would()
    {
        // Given a second version of the call article that keeps only the troop move, with another confidence
        var shorter = new ArticleBuilder("de-call", Articles.TroopsSentence, "2022-02-01T10:53:00+01:00", "Abendblatt")
            .Actor("nordland", "Nordland", ActorKind.Country)
            .Actor("suedmark", "Südmark", ActorKind.Country)
            .Event(Core.Events.EventType.Mobilize, Articles.TroopsSentence, "verlegt", "2022-01-29/2022-01-30", ["nordland:source", "suedmark:target"],
                Core.Events.Modality.Asserted, 0.85, "troops", "am Wochenende", Core.Time.Granularity.Weekend)
            .Build();

        // When one batch writes the first version, other articles that share its events, and the second version
        await using var batched = await OpenAsync(_directory.File("batched.db"));
        await batched.WriteAsync([Articles.Call(), Articles.Week(), Articles.Echo(), shorter, Articles.Undated()], CancellationToken.None);

        // Then the store equals one that only ever saw the second version
        await using var separate = await OpenAsync(_directory.File("separate.db"));
        await separate.WriteAsync([Articles.Week()], CancellationToken.None);
        await separate.WriteAsync([Articles.Echo()], CancellationToken.None);
        await separate.WriteAsync([shorter], CancellationToken.None);
        await separate.WriteAsync([Articles.Undated()], CancellationToken.None);
        var events = await batched.FindEventsAsync(EventFilter.All, CancellationToken.None);
        Assert.Equal(await separate.FindEventsAsync(EventFilter.All, CancellationToken.None), events);
        Assert.Equal(await separate.GetStatisticsAsync(CancellationToken.None), await batched.GetStatisticsAsync(CancellationToken.None));
        Assert.Equal(await separate.ListActorsAsync(CancellationToken.None), await batched.ListActorsAsync(CancellationToken.None));
        Assert.DoesNotContain(events, e => e.Mentions.Any(m => m.Document.Value == "de-call" && m.Trigger == "telefonieren"));
        Assert.Contains(events, e => e.Mentions.Any(m => m.Document.Value == "de-call" && m.Trigger == "verlegt"));
    }

    [Fact]
    public async Task An_actor_no_document_lists_any_more_is_removed()
    {
        var path = _directory.File("actors.db");
        await using var store = await OpenAsync(path);
        var lonely = new ArticleBuilder("de-lonely", "Die Einsiedlerin Wilma Moor lebt im Wald.", source: "Landbote").Actor("wilma-moor", "Wilma Moor").Build();
        await store.WriteAsync([lonely, Articles.Call()], CancellationToken.None);
        Assert.Single(await store.FindActorsAsync("wilma moor", CancellationToken.None));

        await store.WriteAsync([lonely with { Actors = [], Mentions = [] }], CancellationToken.None);

        Assert.Empty(await store.FindActorsAsync("wilma moor", CancellationToken.None));
        Assert.Equal(5, (await store.GetStatisticsAsync(CancellationToken.None)).Actors);
    }

    [Fact]
    public async Task An_actors_name_comes_from_the_listing_document_with_the_smallest_id()
    {
        var path = _directory.File("names.db");
        await using var store = await OpenAsync(path);
        var late = new ArticleBuilder("z-doc", "Frau Berger reiste ab.").Actor("karla-berger", "Frau Berger").Build();
        var early = new ArticleBuilder("a-doc", "Karla B. Berger kam an.").Actor("karla-berger", "Karla B. Berger").Build();

        await store.WriteAsync([late], CancellationToken.None);
        await store.WriteAsync([early], CancellationToken.None);
        var actor = Assert.Single(await store.FindActorsAsync("karla-berger", CancellationToken.None));

        Assert.Equal("Karla B. Berger", actor.Name);
        Assert.Equal(["Frau Berger"], actor.Aliases.ToArray());
        await store.WriteAsync([early with { Actors = [], Mentions = [] }], CancellationToken.None);
        Assert.Equal(new Actor(new ActorId("karla-berger"), "Frau Berger", ActorKind.Person, []),
            Assert.Single(await store.FindActorsAsync("karla-berger", CancellationToken.None)));
    }

    [Fact]
    public async Task Cancelling_a_batch_keeps_the_documents_written_before()
    {
        var path = _directory.File("cancel.db");
        await using var store = await OpenAsync(path);
        using var cancellation = new CancellationTokenSource();
        var documents = new CancellingList(Articles.All(), cancelAt: 2, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.WriteAsync(documents, cancellation.Token));

        // The document being read when the cancellation came is finished; the one after it is not started.
        Assert.Equal(3, (await store.GetStatisticsAsync(CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task A_bulk_load_into_an_empty_store_keeps_every_index_and_reads_as_documents_written_one_by_one()
    {
        // Given enough articles for a bulk load (which builds the readers' indexes after the rows), and the same
        // articles written one per batch (indexes kept all along)
        var articles = Council(BulkIndexes.MinimumDocuments + 20);
        var bulkPath = _directory.File("bulk.db");
        var singlePath = _directory.File("single.db");
        await using var bulk = await OpenAsync(bulkPath);
        await using var single = await OpenAsync(singlePath);

        await bulk.WriteAsync(articles, CancellationToken.None);
        foreach (var article in articles)
        {
            await single.WriteAsync([article], CancellationToken.None);
        }

        // Then both files have the same indexes, and the reads that use them give the same answers
        const string Indexes = "SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)";
        using (var bulkFile = OpenRaw(bulkPath))
        using (var singleFile = OpenRaw(singlePath))
        {
            var expected = (string)Scalar(singleFile, Indexes)!;
            Assert.Contains("event_participants_by_actor", expected, StringComparison.Ordinal);
            Assert.Equal(expected, (string)Scalar(bulkFile, Indexes)!);
        }

        var filter = EventFilter.All with { Actors = [new ActorId("ratsherr-007")], From = new NodaTime.LocalDate(2022, 3, 1), IncludeUndated = false };
        var expectedEvents = (await single.FindEventsAsync(filter, CancellationToken.None)).Select(Describe).ToArray();
        Assert.True(expectedEvents.Length > 10, $"{expectedEvents.Length} events");
        Assert.Equal(expectedEvents, (await bulk.FindEventsAsync(filter, CancellationToken.None)).Select(Describe));
        Assert.Equal(
            (await single.FindActorsAsync("ratsherr 7", CancellationToken.None)).Select(a => a.Id.Value + " " + a.Name),
            (await bulk.FindActorsAsync("ratsherr 7", CancellationToken.None)).Select(a => a.Id.Value + " " + a.Name));
    }

    [Fact]
    public async Task A_refused_document_in_a_bulk_load_keeps_the_indexes_and_the_documents_before_it()
    {
        // Given a store that refuses the report of one article in the middle of a bulk load
        var articles = Council(BulkIndexes.MinimumDocuments + 20);
        var path = _directory.File("bulk-refused.db");
        await using var store = await OpenAsync(path);
        using (var connection = OpenRaw(path))
        {
            Execute(connection, """
                CREATE TRIGGER refuse_sixty BEFORE INSERT ON event_documents WHEN NEW.document_id = 'rat-0060'
                BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END
                """);
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(articles, CancellationToken.None));

        // Then the error names it, the sixty articles before it are stored, and no index is missing
        Assert.Contains("rat-0060", error.Message, StringComparison.Ordinal);
        Assert.Equal(60, (await store.GetStatisticsAsync(CancellationToken.None)).Documents);
        using var check = OpenRaw(path);
        Assert.Equal(
            "actor_aliases_by_key,actor_names_by_key,event_participants_by_actor,events_by_time,relations_by_document,relations_by_source,relations_by_target",
            (string)Scalar(check, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)")!);
    }

    /// <summary>Invented council reports: one event each between two of twelve councillors, dated over a year.</summary>
    private static List<Core.Extraction.DocumentExtraction> Council(int count)
    {
        var articles = new List<Core.Extraction.DocumentExtraction>(count);
        for (var i = 0; i < count; i++)
        {
            var a = 1 + (i % 12);
            var b = 1 + ((i + 5) % 12);
            var first = "Ratsherr " + a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var second = "Ratsherr " + b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sentence = $"{first} kritisierte {second} in der Sitzung.";
            var day = new NodaTime.LocalDate(2022, 1, 1).PlusDays(i * 3);
            articles.Add(new ArticleBuilder("rat-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), sentence)
                .Actor(Councillor(a), first)
                .Actor(Councillor(b), second)
                .Event(Core.Events.EventType.Accuse, sentence, "kritisierte", NodaTime.Text.LocalDatePattern.Iso.Format(day),
                    [Councillor(a) + ":source", Councillor(b) + ":target"])
                .Build());
        }

        return articles;
    }

    private static string Describe(Core.Events.Event e) => string.Join(
        " ", e.Id.Value, e.Type, e.Time?.Start, e.Time?.End, e.Confidence.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        string.Join(",", e.Participants.Select(p => p.Actor.Value + ":" + p.Role)),
        string.Join(",", e.Mentions.Select(m => m.Document.Value + "@" + m.Sentence.Begin.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static string Councillor(int number) => "ratsherr-" + number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IGraphStore> OpenAsync(string path)
    {
        var store = new SqliteGraphStore(path, ShortWait);
        try
        {
            await store.InitializeAsync(CancellationToken.None);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    private static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 1 }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
