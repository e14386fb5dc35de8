using System.Buffers.Binary;
using System.Text;

namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>Decodes PackStream v1 from one message's bytes: integers as <see cref="long"/>, floats as
/// <see cref="double"/>, lists as <see cref="List{T}"/>, maps as <see cref="Dictionary{TKey, TValue}"/> (a repeated key:
/// the last wins), structures as <see cref="PackStreamStructure"/>.</summary>
internal sealed class PackStreamReader
{
    private readonly byte[] _data;
    private int _position;

    public PackStreamReader(byte[] data)
    {
        _data = data;
    }

    public bool AtEnd => _position >= _data.Length;

    /// <summary>Decodes one value from a complete array.</summary>
    /// <exception cref="InvalidDataException">Malformed or trailing data.</exception>
    public static object? Decode(byte[] data)
    {
        var reader = new PackStreamReader(data);
        var value = reader.Read();
        return reader.AtEnd ? value : throw new InvalidDataException("PackStream: trailing bytes after the value");
    }

    /// <exception cref="InvalidDataException">A reserved marker or data that ends too early.</exception>
    public object? Read()
    {
        var marker = Next();
        switch (marker)
        {
            case < 0x80:
                return (long)marker;
            case >= 0xF0:
                return (long)unchecked((sbyte)marker);
            case >= 0x80 and <= 0x8F:
                return ReadString(marker & 0x0F);
            case >= 0x90 and <= 0x9F:
                return ReadList(marker & 0x0F);
            case >= 0xA0 and <= 0xAF:
                return ReadMap(marker & 0x0F);
            case >= 0xB0 and <= 0xBF:
                return ReadStructure(marker & 0x0F);
        }

        return marker switch
        {
            0xC0 => null,
            0xC1 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            0xC2 => false,
            0xC3 => true,
            0xC8 => (long)unchecked((sbyte)Next()),
            0xC9 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            0xCA => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            0xCB => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            0xCC or 0xCD or 0xCE => Take(ReadSize(marker - 0xCC)).ToArray(),
            0xD0 or 0xD1 or 0xD2 => ReadString(ReadSize(marker - 0xD0)),
            0xD4 or 0xD5 or 0xD6 => ReadList(ReadSize(marker - 0xD4)),
            0xD8 or 0xD9 or 0xDA => ReadMap(ReadSize(marker - 0xD8)),
            _ => throw new InvalidDataException($"PackStream: reserved marker 0x{marker:X2}"),
        };
    }

    private byte Next()
    {
        if (_position >= _data.Length)
        {
            throw new InvalidDataException("PackStream: the data ends inside a value");
        }

        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _data.Length - _position < count)
        {
            throw new InvalidDataException("PackStream: the data ends inside a value");
        }

        var span = new ReadOnlySpan<byte>(_data, _position, count);
        _position += count;
        return span;
    }

    /// <summary>Reads an 8-, 16- or 32-bit unsigned size for <paramref name="width"/> 0, 1 or 2.</summary>
    private int ReadSize(int width) => width switch
    {
        0 => Next(),
        1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
        _ => checked((int)BinaryPrimitives.ReadUInt32BigEndian(Take(4))),
    };

    private string ReadString(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(Read());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, 1024), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = Read() as string ?? throw new InvalidDataException("PackStream: a map key is not a string");
            map[key] = Read();
        }

        return map;
    }

    private PackStreamStructure ReadStructure(int count)
    {
        var tag = Next();
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = Read();
        }

        return new PackStreamStructure(tag, fields);
    }
}
