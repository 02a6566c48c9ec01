using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>State per conversation, key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage)
{
    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : KeyFor(activity.ChannelId, activity.Conversation.Id);
    }
}
