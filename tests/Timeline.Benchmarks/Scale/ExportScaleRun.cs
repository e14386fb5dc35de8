using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.Scale;

/// <summary>One export of a large embedded store through the real CLI (<c>timeline export FORMAT --output FILE</c>),
/// in-process: the store of <see cref="QueryBenchmarks"/> with N events (built once into the temp folder, reused),
/// exported to a temp file. Reports wall and CPU time, output size and the peak working set; one format per process
/// so that the peak belongs to that export.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- export-scale 1000000 graphml [STORE]</c>;
/// STORE (default: the shared temp store) is opened by the CLI, which migrates it to the current schema, so pass a copy
/// when builds of different schema versions share the machine.</remarks>
internal static class ExportScaleRun
{
    public static async Task<int> RunAsync(int events, string format, string? storePath)
    {
        var store = storePath ?? Path.Combine(Path.GetTempPath(), $"timeline-query-bench-{events.ToString(CultureInfo.InvariantCulture)}.db");
        if (!File.Exists(store))
        {
            Console.WriteLine($"building {store} ...");
            await QueryBenchmarks.Build(store, events);
        }

        var output = Path.Combine(Path.GetTempPath(), "timeline-export-scale-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + format);
        var error = new StringWriter();
        var context = new Cli.CliContext(new StringWriter(), error, TextReader.Null, false, false, _ => null);
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var startMemory = process.WorkingSet64;
        var cpu = process.TotalProcessorTime;
        var peakAnonymous = 0L;
        var peakManaged = 0L;
        using var sampler = new Timer(_ =>
        {
            Interlocked.Exchange(ref peakManaged, Math.Max(Interlocked.Read(ref peakManaged), GC.GetTotalMemory(false)));
            Interlocked.Exchange(ref peakAnonymous, Math.Max(Interlocked.Read(ref peakAnonymous), AnonymousResidentBytes()));
        }, null, 0, 50);
        var clock = Stopwatch.StartNew();
        var exitCode = await Cli.TimelineApp.RunAsync(["export", format, "--output", output, "--store", store], context, CancellationToken.None);
        clock.Stop();
        await sampler.DisposeAsync();
        process.Refresh();
        var size = File.Exists(output) ? new FileInfo(output).Length
            : Directory.Exists(output) ? new DirectoryInfo(output).EnumerateFiles().Sum(f => f.Length) : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            format         {format}
            exit code      {exitCode}
            elapsed        {clock.Elapsed.TotalSeconds:0.0} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU
            output         {size / 1e6:0.0} MB
            working set    {startMemory / 1e6:0} MB before, peak {process.PeakWorkingSet64 / 1e6:0} MB (includes the store file's memory-mapped pages)
            peak anonymous {peakAnonymous / 1e6:0} MB resident, not file-backed (RssAnon, sampled every 50 ms)
            peak managed   {peakManaged / 1e6:0} MB (GC heap, sampled)
            """));
        if (error.ToString().Length > 0)
        {
            Console.WriteLine(error.ToString());
        }

        if (File.Exists(output))
        {
            File.Delete(output);
        }

        return exitCode;
    }

    /// <summary>Resident memory that is not backed by a file (Linux <c>RssAnon</c>), 0 elsewhere.</summary>
    private static long AnonymousResidentBytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return 0;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                var kilobytes = line["RssAnon:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
