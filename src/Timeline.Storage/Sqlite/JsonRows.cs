using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Storage.Sqlite;

/// <summary>Rows of one table collected as a UTF-8 JSON array of arrays (<c>[[v0, v1, …], …]</c>), bound as one
/// parameter of a statement that inserts them all: <c>INSERT … SELECT value ->> 0, value ->> 1, … FROM
/// json_each($rows)</c>. The values stay parameters (JSON text SQLite parses), never SQL.</summary>
/// <remarks>Numbers are written in their shortest round-trip form, so SQLite parses back the same double; whole
/// doubles (<c>1</c>) become integers in JSON and are stored as REAL again by the columns' REAL affinity. Text that is
/// not valid UTF-16 (a lone surrogate) cannot be written as JSON: <see cref="ArgumentException"/>, and the caller
/// writes the rows one statement at a time instead.</remarks>
internal sealed class JsonRows : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _writer;

    public JsonRows()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        Clear();
    }

    /// <summary>How many rows were added since <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    public void Clear()
    {
        _writer.Reset();
        _buffer.ResetWrittenCount();
        _writer.WriteStartArray();
        Count = 0;
    }

    public JsonRows Row()
    {
        if (Count > 0)
        {
            _writer.WriteEndArray();
        }

        _writer.WriteStartArray();
        Count++;
        return this;
    }

    public JsonRows Add(string? value)
    {
        if (value is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            _writer.WriteStringValue(value);
        }

        return this;
    }

    public JsonRows Add(long value)
    {
        _writer.WriteNumberValue(value);
        return this;
    }

    public JsonRows Add(long? value)
    {
        if (value is { } number)
        {
            _writer.WriteNumberValue(number);
        }
        else
        {
            _writer.WriteNullValue();
        }

        return this;
    }

    public JsonRows Add(double value)
    {
        _writer.WriteNumberValue(value);
        return this;
    }

    /// <summary>The finished JSON text; valid until the next <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Finish()
    {
        if (Count > 0)
        {
            _writer.WriteEndArray();
        }

        _writer.WriteEndArray();
        _writer.Flush();
        return _buffer.WrittenMemory;
    }

    public void Dispose() => _writer.Dispose();
}
