namespace Timeline.Benchmarks.KeyValue;

/// <summary>Stores nothing: counts the puts and their bytes. <c>--engine none</c> measures what building the keys and
/// values costs before any engine sees them.</summary>
internal sealed class NullEngine : IKeyValueEngine
{
    public long Puts { get; private set; }

    public long Bytes { get; private set; }

    public void Begin()
    {
    }

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        Puts++;
        Bytes += key.Length + value.Length;
    }

    public int Read(ReadOnlySpan<byte> key) => -1;

    public void Commit()
    {
    }

    public void Settle()
    {
    }

    public long CountKeys() => Puts;

    public List<byte[]> KeysWithPrefix(byte[] prefix) => [];

    public byte[]? Get(byte[] key) => null;

    public void Dispose()
    {
    }
}
