using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.Scale;

/// <summary>The whole ingest at scale, in-process through the real CLI: N synthetic articles in a folder tree, ingested
/// into a fresh embedded store. Reports articles/s, MB/s and the peak working set, which must stay flat as N grows
/// (the reader and the ordered parallel extraction stream).</summary>
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

        var statsOutput = new StringWriter();
        await Cli.TimelineApp.RunAsync(["stats", "--store", store, "--format", "csv"], context with { Output = statsOutput }, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            exit code      {exitCode}
            elapsed        {clock.Elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores
            articles/s     {articles / clock.Elapsed.TotalSeconds:0}
            MB/s           {bytes / 1e6 / clock.Elapsed.TotalSeconds:0.00}
            peak working   {process.PeakWorkingSet64 / 1e6:0} MB
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
