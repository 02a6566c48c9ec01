using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>The one set of JSON rules for everything this layer reads, writes or stores.</summary>
public static class BotJson
{
    /// <summary>camelCase, case-insensitive reads, nulls omitted, depth 128; wire types use the source generator.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Reads an activity from the wire. Beyond the JSON rules it refuses strings with an unpaired surrogate escape
    /// (<c>"\ud83d"</c>), which read fine but fail whenever a turn later reads or stores them, and it drops null
    /// items from the activity's lists, so nothing downstream meets a half-formed activity.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON, not an activity, or holds an unpaired surrogate.</exception>
    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8Json)
    {
        EnsureWellFormedStrings(utf8Json);
        var activity = JsonSerializer.Deserialize(utf8Json, BotJsonContext.Default.Activity);
        activity?.MembersAdded?.RemoveAll(member => member is null);
        activity?.MembersRemoved?.RemoveAll(member => member is null);
        activity?.Attachments?.RemoveAll(attachment => attachment is null);
        activity?.Entities?.RemoveAll(entity => entity is null);
        return activity;
    }

    /// <summary>A short reason for a refused body: where the JSON went wrong, never the text it held.</summary>
    public static string Describe(JsonException exception) =>
        exception.BytePositionInLine is { } position
            ? $"malformed JSON or a value of the wrong type at {exception.Path ?? "$"} (line {exception.LineNumber ?? 0}, byte {position})"
            : $"malformed JSON or a value of the wrong type at {exception.Path ?? "$"}";

    public static byte[] SerializeActivity(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);

    /// <summary>Turns any serializable value into a <see cref="JsonElement"/> (for <c>value</c>, <c>channelData</c>, card content).</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static void EnsureWellFormedStrings(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new JsonException("A string holds an unpaired UTF-16 surrogate escape.", null, 0, reader.TokenStartIndex);
                }
            }
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 128,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BotJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
