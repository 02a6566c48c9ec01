using System.Text.Json;

namespace RunnersKnee.LoadTest;

/// <summary>
/// One thing the person did (join, type, click) and how many replies the bot sent for it. A conversation's
/// records are the script the floor replays, so both servers read the same activities and send the same replies.
/// </summary>
public sealed record TurnRecord(string Type, string? Text, JsonElement? Value, int Replies)
{
    public static TurnRecord Join() => new("conversationUpdate", null, null, 0);

    public static TurnRecord Say(string text) => new("message", text, null, 0);

    public static TurnRecord Click(JsonElement data) => new("message", null, data, 0);
}
