using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Text;

namespace Timeline.Storage.Neo4j.Bolt;

/// <summary>Encodes values as PackStream v1 (big-endian, smallest encoding): null, booleans, integers, floats, strings,
/// byte arrays, lists, string-keyed maps and structures.</summary>
internal sealed class PackStreamWriter
{
    private readonly MemoryStream _buffer;

    public PackStreamWriter(MemoryStream buffer)
    {
        _buffer = buffer;
    }

    /// <summary>Encodes one value into a new array.</summary>
    public static byte[] Encode(object? value)
    {
        using var buffer = new MemoryStream();
        new PackStreamWriter(buffer).Write(value);
        return buffer.ToArray();
    }

    /// <exception cref="ArgumentException">A value of a type PackStream cannot carry.</exception>
    public void Write(object? value)
    {
        switch (value)
        {
            case null:
                _buffer.WriteByte(0xC0);
                break;
            case bool flag:
                _buffer.WriteByte(flag ? (byte)0xC3 : (byte)0xC2);
                break;
            case string text:
                WriteString(text);
                break;
            case long number:
                WriteInteger(number);
                break;
            case int number:
                WriteInteger(number);
                break;
            case short or byte or sbyte or ushort or uint:
                WriteInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                WriteFloat(number);
                break;
            case float number:
                WriteFloat(number);
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case PackStreamStructure structure:
                WriteStructure(structure);
                break;
            case IDictionary<string, object?> map:
                WriteHeader(map.Count, 0xA0, 0xD8);
                foreach (var (key, item) in map)
                {
                    WriteString(key);
                    Write(item);
                }

                break;
            case IEnumerable list and not IDictionary:
                var items = list.Cast<object?>().ToList();
                WriteHeader(items.Count, 0x90, 0xD4);
                foreach (var item in items)
                {
                    Write(item);
                }

                break;
            default:
                throw new ArgumentException($"PackStream cannot encode a value of type {value.GetType().Name}", nameof(value));
        }
    }

    private void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            _buffer.WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            _buffer.WriteByte(0xC8);
            _buffer.WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            _buffer.WriteByte(0xC9);
            Span<byte> bytes = stackalloc byte[2];
            BinaryPrimitives.WriteInt16BigEndian(bytes, (short)value);
            _buffer.Write(bytes);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            _buffer.WriteByte(0xCA);
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, (int)value);
            _buffer.Write(bytes);
        }
        else
        {
            _buffer.WriteByte(0xCB);
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, value);
            _buffer.Write(bytes);
        }
    }

    private void WriteFloat(double value)
    {
        _buffer.WriteByte(0xC1);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        _buffer.Write(bytes);
    }

    private void WriteString(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length <= 15)
        {
            _buffer.WriteByte((byte)(0x80 | bytes.Length));
        }
        else
        {
            WriteSize(bytes.Length, 0xD0);
        }

        _buffer.Write(bytes);
    }

    private void WriteBytes(byte[] bytes)
    {
        WriteSize(bytes.Length, 0xCC);
        _buffer.Write(bytes);
    }

    private void WriteStructure(PackStreamStructure structure)
    {
        if (structure.Fields.Count > 15)
        {
            throw new ArgumentException("A PackStream structure has at most 15 fields.", nameof(structure));
        }

        _buffer.WriteByte((byte)(0xB0 | structure.Fields.Count));
        _buffer.WriteByte(structure.Tag);
        foreach (var field in structure.Fields)
        {
            Write(field);
        }
    }

    /// <summary>A list or map header: tiny form up to 15 items, else the 8/16/32-bit size after <paramref name="sized"/>.</summary>
    private void WriteHeader(int count, byte tiny, byte sized)
    {
        if (count <= 15)
        {
            _buffer.WriteByte((byte)(tiny | count));
        }
        else
        {
            WriteSize(count, sized);
        }
    }

    /// <summary>Writes marker <paramref name="marker8"/> (+1 for 16 bits, +2 for 32 bits) and the size.</summary>
    private void WriteSize(int size, byte marker8)
    {
        if (size <= byte.MaxValue)
        {
            _buffer.WriteByte(marker8);
            _buffer.WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            _buffer.WriteByte((byte)(marker8 + 1));
            Span<byte> bytes = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)size);
            _buffer.Write(bytes);
        }
        else
        {
            _buffer.WriteByte((byte)(marker8 + 2));
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, size);
            _buffer.Write(bytes);
        }
    }
}
