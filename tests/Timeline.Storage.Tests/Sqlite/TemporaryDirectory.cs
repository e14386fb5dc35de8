namespace Timeline.Storage.Tests.Sqlite;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private static int _counter;

    public TemporaryDirectory()
    {
        // Unique per process and instance without randomness: pid plus a counter.
        var name = $"timeline-storage-{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}";
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
