using System.Globalization;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>Bytes this process read and wrote so far (Linux <c>/proc/self/io</c>): through system calls (rchar,
/// wchar; memory-mapped writes are not among them) and to storage (write_bytes, which counts pages written back from
/// a memory map too); zeros elsewhere.</summary>
internal readonly record struct InputOutput(long Read, long Written, long StorageWritten)
{
    public static InputOutput Now()
    {
        const string Path = "/proc/self/io";
        if (!File.Exists(Path))
        {
            return default;
        }

        var values = File.ReadAllLines(Path)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => long.Parse(p[1].Trim(), CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new InputOutput(values["rchar"], values["wchar"], values["write_bytes"]);
    }

    public static InputOutput operator -(InputOutput after, InputOutput before) =>
        new(after.Read - before.Read, after.Written - before.Written, after.StorageWritten - before.StorageWritten);
}
