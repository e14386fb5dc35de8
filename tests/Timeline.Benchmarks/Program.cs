using System.Globalization;
using BenchmarkDotNet.Running;
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

        if (args is ["export-scale", var events, var format])
        {
            return await ExportScaleRun.RunAsync(int.Parse(events, CultureInfo.InvariantCulture), format);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
