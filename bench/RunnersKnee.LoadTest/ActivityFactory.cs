using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.LoadTest;

/// <summary>Builds the activities Web Chat would send for one conversation, with ids the duplicate check accepts.</summary>
public sealed class ActivityFactory(string serviceUrl, string conversationId)
{
    private static readonly JsonElement PostBack = JsonSerializer.SerializeToElement(new { postBack = true });
    private static readonly ChannelAccount Bot = new() { Id = "bot", Name = "Runner's Knee Coach" };
    // One person per conversation, as on the web chat: the coach keeps its state per person.
    private readonly ChannelAccount _user = new() { Id = "user-" + conversationId, Name = "Runner" };
    private int _sequence;

    public string ConversationId => conversationId;

    public byte[] Create(TurnRecord turn)
    {
        var activity = new Activity
        {
            Type = turn.Type,
            Id = $"{conversationId}|{++_sequence:D7}",
            ChannelId = Channels.WebChat,
            ServiceUrl = serviceUrl,
            From = _user,
            Recipient = Bot,
            Conversation = new ConversationAccount { Id = conversationId },
            Locale = "en-US",
            Text = turn.Text,
            Value = turn.Value,
            ChannelData = turn.Value is null ? null : PostBack,
            MembersAdded = turn.Type == ActivityTypes.ConversationUpdate ? [_user, Bot] : null,
        };
        return BotJson.SerializeActivity(activity);
    }
}
