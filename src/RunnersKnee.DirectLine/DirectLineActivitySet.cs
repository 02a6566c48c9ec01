using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace RunnersKnee.DirectLine;

/// <summary>Writes an <c>ActivitySet</c> (<c>{"activities":[...],"watermark":"n"}</c>) from logged activities.</summary>
internal static class DirectLineActivitySet
{
    public static byte[] Write(DirectLineActivityPage page)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var entry in page.Entries)
            {
                writer.WriteRawValue(entry.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", page.Watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
