using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// Source-generated serialization for the wire types: camelCase out, case-insensitive in, nulls left out.
/// Use <see cref="BotJson.Options"/> when serializing app types that embed these.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = 128)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(TaskModuleResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class BotJsonContext : JsonSerializerContext;
