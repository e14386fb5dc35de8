using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks.Scale;

/// <summary>The workloads of <see cref="ActorBenchmarks"/> (about 1 MB of invented news), timed by process CPU time
/// (user + system) instead of wall time: MB per CPU-second does not depend on what else runs on the machine. Ten passes
/// warm up the JIT (tiered compilation reaches its optimised code), then <c>passes</c> passes are measured.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- actors-cpu 20</c>.</remarks>
internal static class ActorCpuRun
{
    public static int Run(int passes)
    {
        var benchmarks = new ActorBenchmarks();
        benchmarks.Setup();
        Measure("ActorRecognizer.Recognize", passes, () => benchmarks.RecognizeOneMegabyte());
        Measure("NamedEntityRecognizer.Recognize", passes, () => benchmarks.NamedEntitiesOneMegabyte());
        return 0;
    }

    private static void Measure(string name, int passes, Func<int> pass)
    {
        var found = 0;
        for (var i = 0; i < 10; i++)
        {
            found = pass();
        }

        var process = Process.GetCurrentProcess();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var before = process.TotalProcessorTime;
        for (var i = 0; i < passes; i++)
        {
            found = pass();
        }

        process.Refresh();
        var seconds = (process.TotalProcessorTime - before).TotalSeconds / passes;
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / passes;
        var gcs = (double)(GC.CollectionCount(0) - collections) / passes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {ActorBenchmarks.Bytes / 1e6:F2} MB, {found} found, {seconds * 1000:F1} ms CPU per pass, {ActorBenchmarks.Bytes / 1e6 / seconds:F1} MB/s per core, {megabytes:F1} MB allocated and {gcs:F1} collections per pass"));
    }
}
