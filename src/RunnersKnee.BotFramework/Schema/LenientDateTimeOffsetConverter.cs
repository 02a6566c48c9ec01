using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// Reads ISO-8601 timestamps in any of the forms channels send (7-digit fractions, <c>Z</c> or <c>+00:00</c>,
/// no offset) and never rejects an activity for a bad one (spec A2042): an unreadable value becomes null.
/// Writes UTC with a trailing <c>Z</c> (spec A2043); <see cref="LocalTimestampConverter"/> keeps the offset instead.
/// </summary>
public class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    private readonly bool _keepOffset;

    public LenientDateTimeOffsetConverter()
        : this(keepOffset: false)
    {
    }

    protected LenientDateTimeOffsetConverter(bool keepOffset) => _keepOffset = keepOffset;

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(
                reader.GetString(),
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
                out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(_keepOffset
            ? value.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture)
            : value.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
    }
}
