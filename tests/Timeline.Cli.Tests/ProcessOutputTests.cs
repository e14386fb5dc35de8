using System.Diagnostics;

namespace Timeline.Cli.Tests;

/// <summary>The real executable, started as a process: its standard output is buffered and must arrive whole, as text
/// (JSON) and as bytes (a PNG export), and the exit codes must survive the buffering.</summary>
public sealed class ProcessOutputTests
{
    [Fact]
    public async Task Extract_through_the_process_prints_complete_json_for_many_articles()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            folder.Write($"artikel-{i:D2}.txt", ExtractCommandTests.GermanArticle);
        }

        var run = await RunProcessAsync("extract", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var documents = Json.Parse(System.Text.Encoding.UTF8.GetString(run.Output))["documents"]!;
        Assert.Equal(40, documents.Count());
        Assert.Equal("artikel-39", (string?)documents.Last()["id"]);
    }

    [Fact]
    public async Task A_png_export_to_standard_output_is_a_whole_png_file()
    {
        using var folder = new TempFolder();
        var store = await IngestArticleAsync(folder);

        var run = await RunProcessAsync("export", "png", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Output.Length > 1000, $"only {run.Output.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], run.Output[..4]);
        Assert.Equal([(byte)'I', (byte)'E', (byte)'N', (byte)'D'], run.Output[^8..^4]);
    }

    [Fact]
    public async Task Csv_and_stats_through_the_process_arrive_whole()
    {
        using var folder = new TempFolder();
        var store = await IngestArticleAsync(folder);

        var events = await RunProcessAsync("events", "--store", store, "--format", "csv");
        var stats = await RunProcessAsync("stats", "--store", store, "--format", "json");

        Assert.Equal(0, events.ExitCode);
        var lines = System.Text.Encoding.UTF8.GetString(events.Output).TrimEnd('\n').Split('\n');
        Assert.StartsWith("date,granularity,type,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("CONSULT", StringComparison.Ordinal));
        Assert.Equal(0, stats.ExitCode);
        Assert.Equal(1, (int?)Json.ParseArray(System.Text.Encoding.UTF8.GetString(stats.Output))[0]["documents"]);
    }

    [Fact]
    public async Task Bad_input_keeps_its_exit_code_and_one_line_error()
    {
        var run = await RunProcessAsync("events", "--from", "2022-13-45", "--store", Path.Combine(Path.GetTempPath(), "timeline-missing-" + Path.GetRandomFileName() + ".db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("timeline: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    /// <summary>Ingests the German test article into a new store in <paramref name="folder"/>; returns the store's path.</summary>
    private static async Task<string> IngestArticleAsync(TempFolder folder)
    {
        var article = folder.Write("krise.txt", ExtractCommandTests.GermanArticle);
        var store = folder.Combine("timeline.db");
        Assert.Equal(0, (await RunProcessAsync("ingest", article, "--store", store)).ExitCode);
        return store;
    }

    private static async Task<(int ExitCode, byte[] Output, string Error)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "timeline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await copy;
        return (process.ExitCode, output.ToArray(), await error);
    }
}
