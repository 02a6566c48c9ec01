using System.Buffers;
using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// Writes a state document's properties as one JSON object, noting where each value lies (<see cref="StoredLayout"/>).
/// The bytes go into a buffer kept per thread: a document is written with no await in between, so no other turn can
/// share it mid-write, and a turn allocates only the copy it keeps. A buffer grown past <see cref="MaxKeptBufferBytes"/>
/// by an unusually large document is let go after use.
/// </summary>
internal sealed class StateDocumentWriter : IDisposable
{
    private const int MaxKeptBufferBytes = 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = BotJson.Options.Encoder };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _writer;
    private readonly List<(string Name, int Start, int Length)> _properties = [];

    public StateDocumentWriter()
    {
        _buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        _buffer.ResetWrittenCount();
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        _writer.WriteStartObject();
    }

    private long Position => _writer.BytesCommitted + _writer.BytesPending;

    /// <summary>A property as stored: its bytes copied without a walk through them.</summary>
    public void WriteStored(string name, ReadOnlySpan<byte> utf8Json)
    {
        _writer.WritePropertyName(name);
        var start = Position;
        _writer.WriteRawValue(utf8Json, skipInputValidation: true);
        Noted(name, start);
    }

    /// <summary>A property the turn touched: raw bookkeeping as its bytes, any other value serialized as its type.</summary>
    public void WriteValue(string name, TypedValue value)
    {
        _writer.WritePropertyName(name);
        var start = Position;
        if (value.Value is RawJsonValue raw)
        {
            _writer.WriteRawValue(raw.Utf8Json, skipInputValidation: true);
        }
        else
        {
            JsonSerializer.Serialize(_writer, value.Value, value.Type, BotJson.Options);
        }

        Noted(name, start);
    }

    /// <summary>Closes the object: its bytes (valid until this writer is disposed) and where each property lies in them.</summary>
    public ReadOnlySpan<byte> Finish(out StoredLayout layout)
    {
        _writer.WriteEndObject();
        _writer.Flush();
        layout = new StoredLayout(_properties);
        return _buffer.WrittenSpan;
    }

    // Called after the value is written: it lies from start to where the writer is now.
    private void Noted(string name, long start) => _properties.Add((name, (int)start, (int)(Position - start)));

    public void Dispose()
    {
        _writer.Dispose();
        if (_buffer.Capacity > MaxKeptBufferBytes)
        {
            t_buffer = null;
        }
    }
}
