using System.Buffers.Binary;
using System.Text;

namespace Timeline.Benchmarks.KeyValue;

/// <summary>Builds one key or value in a reused buffer. Key parts sort as their columns would: text as UTF-8 ended by
/// a zero byte, integers as 4 big-endian bytes with the sign bit flipped. Value fields are length-prefixed (null
/// texts and integers have their own marker), doubles 8 bytes as stored.</summary>
internal sealed class RecordBuffer
{
    private byte[] _bytes = new byte[512];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public RecordBuffer Start(byte tag)
    {
        Length = 0;
        Ensure(1);
        _bytes[Length++] = tag;
        return this;
    }

    public RecordBuffer Clear()
    {
        Length = 0;
        return this;
    }

    public RecordBuffer KeyText(string text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
        _bytes[Length++] = 0;
        return this;
    }

    public RecordBuffer KeyInt(long value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(_bytes.AsSpan(Length), unchecked((uint)checked((int)value) ^ 0x8000_0000u));
        Length += 4;
        return this;
    }

    public RecordBuffer Text(string? text)
    {
        if (text is null)
        {
            return VarUInt(0);
        }

        var count = Encoding.UTF8.GetByteCount(text);
        VarUInt((ulong)count + 1);
        Ensure(count);
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
        return this;
    }

    public RecordBuffer Int(long? value) =>
        value is { } v ? VarUInt(((ulong)(v << 1) ^ (ulong)(v >> 63)) + 1) : VarUInt(0);

    public RecordBuffer Real(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_bytes.AsSpan(Length), value);
        Length += 8;
        return this;
    }

    private RecordBuffer VarUInt(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _bytes[Length++] = (byte)value;
        return this;
    }

    private void Ensure(int more)
    {
        if (Length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
        }
    }
}
