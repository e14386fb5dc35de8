using System.Diagnostics;
using System.Globalization;
using Timeline.Query.Timelines;
using Timeline.Storage;
using Timeline.Storage.Sqlite;

namespace Timeline.Benchmarks.Scale;

/// <summary>The CPU time (user + system) of whole timeline queries (<see cref="TimelineQuery"/>: name resolution,
/// member expansion, events, provenance, names) for many different actors on a large embedded store, such as the
/// 1,000,000-event store of <see cref="QueryBenchmarks"/>. CPU time does not depend on the machine's load.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- timeline-query STORE [ACTORS]</c>; the
/// store is migrated to the current schema if needed, so pass a copy when other builds share it.</remarks>
internal static class TimelineQueryRun
{
    public static async Task<int> RunAsync(string path, int actors)
    {
        await using var store = new SqliteGraphStore(path);
        await store.InitializeAsync(CancellationToken.None);

        // Warm-up: JIT and the first pages of the indexes.
        await QueryAsync(store, 4_999, includeMembers: true);

        foreach (var includeMembers in new[] { false, true })
        {
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long rows = 0;
            for (var i = 0; i < actors; i++)
            {
                // Actors spread over the id range, each queried once (cold).
                rows += await QueryAsync(store, (int)((i * 4_999L / actors) + 1) % 5_000, includeMembers);
            }

            clock.Stop();
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(includeMembers ? "with members   " : "actor only     ")} {actors} queries, {rows / (double)actors:0} rows each: "
                + $"{used.TotalMilliseconds / actors:0.00} ms CPU per query, {clock.Elapsed.TotalMilliseconds / actors:0.00} ms wall"));
        }

        return 0;
    }

    private static async Task<int> QueryAsync(IGraphStore store, int actor, bool includeMembers)
    {
        var request = TimelineRequest.All with { Actors = [IngestBenchmarks.ActorName(actor)], IncludeMembers = includeMembers };
        return (await TimelineQuery.RunAsync(store, request, CancellationToken.None)).Rows.Length;
    }
}
