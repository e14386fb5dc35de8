namespace Timeline.Cli.Tests;

public sealed class IngestCommandTests
{
    private const string EnglishArticle = """
        Ministers agree to meet again

        Published: 2023-03-08T14:00:00+00:00

        The foreign ministers of France and Germany met in Paris on Tuesday. They said they would meet again next month.
        """;

    [Fact]
    public async Task Ingesting_the_same_articles_twice_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("articles/krise.txt", ExtractCommandTests.GermanArticle);
        folder.Write("articles/paris.md", EnglishArticle);
        var store = folder.Combine("timeline.db");

        var first = await CliRun.RunAsync("ingest", folder.Combine("articles"), "--store", store);
        var statsAfterFirst = await CliRun.RunAsync("stats", "--store", store, "--format", "json");
        var eventsAfterFirst = await CliRun.RunAsync("events", "--store", store, "--format", "json");
        var second = await CliRun.RunAsync("ingest", folder.Combine("articles"), "--store", store);
        var statsAfterSecond = await CliRun.RunAsync("stats", "--store", store, "--format", "json");
        var eventsAfterSecond = await CliRun.RunAsync("events", "--store", store, "--format", "json");

        Assert.Equal((0, string.Empty), (first.ExitCode, first.Error));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2L, (long)Json.ParseArray(statsAfterFirst.Output)[0]!["documents"]!);
        Assert.Equal(statsAfterFirst.Output, statsAfterSecond.Output);
        Assert.Equal(eventsAfterFirst.Output, eventsAfterSecond.Output);
    }

    [Fact]
    public async Task The_store_comes_from_the_environment_when_no_option_names_it()
    {
        using var folder = new TempFolder();
        var article = folder.Write("paris.md", EnglishArticle);
        var store = folder.Combine("from-env.db");
        var environment = new Dictionary<string, string> { ["TIMELINE_STORE"] = store };

        var run = await CliRun.RunWithAsync(environment, null, "ingest", article);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public async Task An_unwritable_store_path_exits_with_code_2_and_one_line()
    {
        using var folder = new TempFolder();
        var article = folder.Write("paris.md", EnglishArticle);
        var blocker = folder.Write("not-a-folder", "a file where a folder should be");

        var run = await CliRun.RunAsync("ingest", article, "--store", Path.Combine(blocker, "timeline.db"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("timeline: ", line, StringComparison.Ordinal);
        Assert.Contains("not-a-folder", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_article_in_a_folder_is_reported_and_the_rest_is_stored()
    {
        using var folder = new TempFolder();
        folder.Write("articles/a-bad.txt", "Titel\n\nStand: 31.02.2022 10:00 Uhr\n\nText.");
        folder.Write("articles/b-good.md", EnglishArticle);
        var store = folder.Combine("timeline.db");

        var run = await CliRun.RunAsync("ingest", folder.Combine("articles"), "--store", store);
        var stats = await CliRun.RunAsync("stats", "--store", store, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"timeline: {folder.Combine("articles/a-bad.txt")}:3: dateline '31.02.2022 10:00 Uhr' is not a valid date", run.Error.TrimEnd('\n'));
        Assert.Equal(1L, (long)Json.ParseArray(stats.Output)[0]!["documents"]!);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_refused_with_code_2_and_left_untouched()
    {
        using var folder = new TempFolder();
        var article = folder.Write("paris.md", EnglishArticle);
        var notAStore = folder.Write("notes.db", "these are my notes, not a database");

        var run = await CliRun.RunAsync("ingest", article, "--store", notAStore);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(notAStore));
    }
}
