using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.Scale;

/// <summary>The whole ingest at scale, in-process through the real CLI: N synthetic articles in a folder tree, ingested
/// into a fresh embedded store. Reports articles/s, MB/s and the peak working set of the ingest, which must stay flat
/// as N grows (the reader and the ordered parallel extraction stream; the store updates events incrementally and does
/// not map the file while writing).</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- scale 100000</c>.</remarks>
internal static class IngestScaleRun
{
    public static async Task<int> RunAsync(int articles)
    {
        var root = Path.Combine(Path.GetTempPath(), "timeline-scale-" + articles.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var folder = Path.Combine(root, "articles");
        var store = Path.Combine(root, "scale.db");
        var bytes = SyntheticArticles.Write(folder, articles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {articles} articles ({bytes / 1e6:0.0} MB) to {folder}"));

        GC.Collect();
        var clock = Stopwatch.StartNew();
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new Cli.CliContext(output, error, TextReader.Null, false, false, _ => null);
        var exitCode = await Cli.TimelineApp.RunAsync(["ingest", folder, "--store", store], context, CancellationToken.None);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        // The ingest's peak, read before `stats`: counting every row reads the whole file through the memory map,
        // which would add the file's size to the working set of this (shared) process.
        var peak = process.PeakWorkingSet64;
        var cpu = process.TotalProcessorTime;

        var statsOutput = new StringWriter();
        await Cli.TimelineApp.RunAsync(["stats", "--store", store, "--format", "csv"], context with { Output = statsOutput }, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            exit code      {exitCode}
            elapsed        {clock.Elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores
            articles/s     {articles / clock.Elapsed.TotalSeconds:0}
            MB/s           {bytes / 1e6 / clock.Elapsed.TotalSeconds:0.00}
            cpu            {cpu.TotalSeconds:0.0} s (whole process: writing the articles, extraction and store)
            peak working   {peak / 1e6:0} MB (ingest)
            store          {statsOutput.ToString().Trim().Replace('\n', ' ')}
            """));
        if (error.ToString().Length > 0)
        {
            Console.WriteLine(error.ToString());
        }

        Directory.Delete(root, recursive: true);
        return exitCode;
    }
}
