using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// One entry of the dialog stack, stored as plain JSON. Values are read back with the type the caller asks for,
/// so an <c>int</c> stays an <c>int</c> after a trip through storage (the SDK's issue #871 returned <c>long</c>).
/// </summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];

    public T? Get<T>(string key) =>
        State.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(BotJson.Options) : default;

    public void Set<T>(string key, T value) => State[key] = JsonSerializer.SerializeToNode(value, BotJson.Options);
}
