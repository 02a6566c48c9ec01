using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>The one set of JSON rules for everything this layer reads, writes or stores.</summary>
public static class BotJson
{
    /// <summary>camelCase, case-insensitive reads, nulls omitted, depth 128; wire types use the source generator.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, BotJsonContext.Default.Activity);

    public static byte[] SerializeActivity(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);

    /// <summary>Turns any serializable value into a <see cref="JsonElement"/> (for <c>value</c>, <c>channelData</c>, card content).</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

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
