using System.Diagnostics;
using System.Globalization;
using Timeline.Query.Timelines;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Benchmarks.Scale;

/// <summary>The CPU time (user + system) of whole timeline queries (<see cref="TimelineQuery"/>: name resolution,
/// member expansion, events, provenance, names) for many different actors on a large embedded store, such as the
/// 1,000,000-event store of <see cref="QueryBenchmarks"/>. CPU time does not depend on the machine's load.</summary>
/// <remarks>
/// <para>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- timeline-query STORE [ACTORS]</c>; the
/// store is migrated to the current schema if needed, so pass a copy when other builds share it.</para>
/// <para>Reported: the very first query of the process (what one <c>timeline events</c> command pays after opening the
/// store: JIT, statement preparation, first pages of the memory map), then ACTORS queries for different actors three
/// times: actor only on a cold memory map (each actor's pages touched for the first time, code still being tiered up),
/// actor only again (warm), and with members (warm).</para>
/// </remarks>
internal static class TimelineQueryRun
{
    public static async Task<int> RunAsync(string path, int actors)
    {
        using var process = Process.GetCurrentProcess();
        await using var store = new SqliteGraphStore(path);
        await store.InitializeAsync(CancellationToken.None);

        var (firstCpu, firstWall, firstRows) = await MeasureAsync(process, () => QueryAsync(store, 4_999, includeMembers: false));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first query    1 query, {firstRows} rows: {firstCpu:0.00} ms CPU, {firstWall:0.00} ms wall (JIT and cold pages included)"));

        foreach (var (label, includeMembers) in new[] { ("actor only, cold", false), ("actor only, warm", false), ("with members    ", true) })
        {
            var (cpu, wall, rows) = await MeasureAsync(process, async () =>
            {
                long total = 0;
                for (var i = 0; i < actors; i++)
                {
                    // Actors spread over the id range, each queried once per pass.
                    total += await QueryAsync(store, (int)((i * 4_999L / actors) + 1) % 5_000, includeMembers);
                }

                return total;
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label} {actors} queries, {rows / (double)actors:0} rows each: {cpu / actors:0.00} ms CPU per query, {wall / actors:0.00} ms wall"));
        }

        return 0;
    }

    private static async Task<(double CpuMilliseconds, double WallMilliseconds, long Rows)> MeasureAsync(Process process, Func<Task<long>> run)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rows = await run();
        clock.Stop();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, clock.Elapsed.TotalMilliseconds, rows);
    }

    private static async Task<long> QueryAsync(IGraphStore store, int actor, bool includeMembers)
    {
        var request = TimelineRequest.All with { Actors = [IngestBenchmarks.ActorName(actor)], IncludeMembers = includeMembers };
        return (await TimelineQuery.RunAsync(store, request, CancellationToken.None)).Rows.Length;
    }
}
