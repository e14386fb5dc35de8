using System.Diagnostics;
using System.Globalization;
using Timeline.Storage.Sqlite;

namespace Timeline.Benchmarks.Scale;

/// <summary>Loads N synthetic events (<see cref="IngestBenchmarks.CreateCorpus"/>) into a new embedded store with one
/// <c>WriteAsync</c> and reports the process CPU time (user + system) of the write alone: events per CPU-second do
/// not depend on what else runs on the machine, unlike wall times.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- store-load 100000</c>; <c>store-append
/// 100000</c> first loads 100,000 events unmeasured and then measures loading the next 100,000 into that store.</remarks>
internal static class StoreLoadRun
{
    /// <param name="events">How many events to load.</param>
    /// <param name="keep">Where to copy the loaded store file afterwards (for <c>sqlite3</c> experiments); null to
    /// delete it.</param>
    /// <param name="append">Whether to load <paramref name="events"/> events first, unmeasured, and measure the next
    /// <paramref name="events"/> written into that store.</param>
    public static async Task<int> RunAsync(int events, string? keep, bool append)
    {
        var directory = Path.Combine(Path.GetTempPath(), "timeline-store-load-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        try
        {
            var documents = IngestBenchmarks.CreateCorpus(events, firstEvent: append ? events : 0);

            // A first small load warms up the JIT, so that the measured load is the steady state.
            await using (var warm = new SqliteGraphStore(Path.Combine(directory, "warm.db")))
            {
                await warm.InitializeAsync(CancellationToken.None);
                await warm.WriteAsync(IngestBenchmarks.CreateCorpus(2_000), CancellationToken.None);
            }

            var path = Path.Combine(directory, "load.db");
            await using var store = new SqliteGraphStore(path);
            await store.InitializeAsync(CancellationToken.None);
            if (append)
            {
                await store.WriteAsync(IngestBenchmarks.CreateCorpus(events), CancellationToken.None);
            }

            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var io = InputOutput();
            var clock = Stopwatch.StartNew();
            await store.WriteAsync(documents, CancellationToken.None);
            clock.Stop();
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            var (read, written) = InputOutput();
            (read, written) = (read - io.Read, written - io.Written);
            var statistics = await store.GetStatisticsAsync(CancellationToken.None);
            await store.DisposeAsync();
            var size = new FileInfo(path).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                events         {events} in {documents.Count} documents
                stored         {statistics}
                wall           {clock.Elapsed.TotalSeconds:0.00} s ({events / clock.Elapsed.TotalSeconds:0} events/s)
                cpu            {used.TotalSeconds:0.00} s ({events / used.TotalSeconds:0} events per CPU-second)
                file           {size / 1048576.0:0.0} MB
                i/o            {read / 1048576.0:0} MB read, {written / 1048576.0:0} MB written (system calls)
                """));
            if (keep is not null)
            {
                File.Copy(path, keep, overwrite: false);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Bytes this process read and wrote through system calls so far (Linux <c>/proc/self/io</c>: rchar,
    /// wchar); zeros elsewhere. Unlike times, they do not depend on the machine's load.</summary>
    private static (long Read, long Written) InputOutput()
    {
        const string Path = "/proc/self/io";
        if (!File.Exists(Path))
        {
            return (0, 0);
        }

        var values = File.ReadAllLines(Path)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => long.Parse(p[1].Trim(), CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return (values["rchar"], values["wchar"]);
    }
}
