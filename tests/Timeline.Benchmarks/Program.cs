using System.Globalization;
using BenchmarkDotNet.Running;
using Timeline.Benchmarks.KeyValue;
using Timeline.Benchmarks.Scale;

namespace Timeline.Benchmarks;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["scale", var count])
        {
            return await IngestScaleRun.RunAsync(int.Parse(count, CultureInfo.InvariantCulture));
        }

        if (args is ["actors-cpu", .. var passes])
        {
            return ActorCpuRun.Run(passes is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 20);
        }

        if (args is ["actors-real", var realPasses, .. var realOptions])
        {
            return ActorRealRun.Run(int.Parse(realPasses, CultureInfo.InvariantCulture), realOptions);
        }

        if (args is ["store-load", var events, .. var keep] && keep.Length <= 1)
        {
            // store-load N [PATH]: PATH keeps a copy of the loaded store.
            return await StoreLoadRun.RunAsync(int.Parse(events, CultureInfo.InvariantCulture), keep is [var path] ? path : null, append: false);
        }

        if (args is ["store-append", var appended, .. var keepAppended] && keepAppended.Length <= 1)
        {
            // store-append N [PATH]: loads N events unmeasured, then measures loading N more into that store.
            return await StoreLoadRun.RunAsync(
                int.Parse(appended, CultureInfo.InvariantCulture), keepAppended is [var path] ? path : null, append: true);
        }

        if (args is ["kv-bound", var kvEvents, .. var kvOptions])
        {
            // kv-bound N [--engine lmdb|rocksdb|zonetree|zonetree-plain|none] [--packed] [--read-existing] [--sorted|--unsorted] [--lmdb-writemap] [--twice]
            return KeyValueBoundRun.Run(int.Parse(kvEvents, CultureInfo.InvariantCulture), kvOptions);
        }

        if (args is ["query-store", var storeEvents, var storePath])
        {
            // Builds a store like QueryBenchmarks' at PATH (which must not exist), for timeline-query.
            await QueryBenchmarks.Build(storePath, int.Parse(storeEvents, CultureInfo.InvariantCulture));
            return 0;
        }

        if (args is ["timeline-query", var store, .. var rest])
        {
            return await TimelineQueryRun.RunAsync(store, rest is [var actors] ? int.Parse(actors, CultureInfo.InvariantCulture) : 200);
        }

        if (args is ["neo4j-load", var transport, var documents, var batch, ..] && (args.Length == 4 || args[4] == "--profile"))
        {
            return await Neo4jLoadRun.RunAsync(transport, int.Parse(documents, CultureInfo.InvariantCulture), int.Parse(batch, CultureInfo.InvariantCulture), args.Length == 5);
        }

        if (args is ["export-scale", var exported, var format, .. var storeArgument] && storeArgument.Length <= 1)
        {
            return await ExportScaleRun.RunAsync(int.Parse(exported, CultureInfo.InvariantCulture), format, storeArgument is [var path] ? path : null);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
