using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>State per user, key <c>{channelId}/users/{userId}</c>; read only when a turn touches it.</summary>
public sealed class UserState(IStorage storage) : BotState(storage)
{
    public static string KeyFor(string channelId, string userId) => $"{channelId}/users/{userId}";

    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.From?.Id)
            ? null
            : KeyFor(activity.ChannelId, activity.From.Id);
    }
}
