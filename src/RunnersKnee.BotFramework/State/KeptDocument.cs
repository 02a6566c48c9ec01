namespace RunnersKnee.BotFramework.State;

/// <summary>
/// What a turn hands to its document's next turn in this process (<see cref="StateValueCache"/>): the typed values
/// that describe the stored bytes, and where each property lies in those bytes.
/// </summary>
internal sealed record KeptDocument(Dictionary<string, TypedValue> Values, StoredLayout? Layout);
