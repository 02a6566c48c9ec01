using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// One entry of the dialog stack, stored as plain JSON. Values are read back with the type the caller asks for,
/// so an <c>int</c> stays an <c>int</c> after a trip through storage (the SDK's issue #871 returned <c>long</c>).
/// </summary>
[JsonConverter(typeof(DialogInstanceConverter))]
public sealed class DialogInstance
{
    /// <summary>The key in <see cref="State"/> under which a <see cref="ComponentDialog"/> keeps its inner stack.</summary>
    internal const string InnerStackKey = "dialogs";

    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];

    /// <summary>
    /// A component dialog's inner stack as its object, read from the stored JSON once and written back into it
    /// where <see cref="State"/> holds <see cref="InnerStackKey"/> (<see cref="DialogInstanceConverter"/>): every
    /// use within the turn works on this one object, with no trip through JSON nodes at each level on each turn.
    /// </summary>
    internal DialogState? InnerStack { get; set; }

    public T? Get<T>(string key)
    {
        if (InnerStack is not null && key == InnerStackKey && State.ContainsKey(key))
        {
            // A copy, as every other value read.
            return JsonSerializer.SerializeToNode(InnerStack, BotJson.Options).Deserialize<T>(BotJson.Options);
        }

        return State.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(BotJson.Options) : default;
    }

    public void Set<T>(string key, T value)
    {
        if (key == InnerStackKey)
        {
            InnerStack = null;
        }

        State[key] = JsonSerializer.SerializeToNode(value, BotJson.Options);
    }

    /// <summary>The inner stack of this component dialog's instance, made empty on first use.</summary>
    internal DialogState Inner()
    {
        if (InnerStack is null)
        {
            InnerStack = State.TryGetPropertyValue(InnerStackKey, out var node) && node is not null
                ? node.Deserialize<DialogState>(BotJson.Options) ?? new DialogState()
                : new DialogState();

            // Its place in the object, where it is written (a new key goes last, as a set value would).
            State[InnerStackKey] = null;
        }

        return InnerStack;
    }
}
