using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// The one document every turn reads, chosen by <see cref="TurnOptions.StateScope"/>. It holds the redelivered-id
/// bookkeeping (<see cref="DuplicateActivityMiddleware"/>) and is where the bot keeps its data, so a turn costs one
/// read and at most one write whichever scope is chosen.
/// </summary>
public sealed class PrimaryState(IStorage storage, IOptions<TurnOptions> options) : BotState(storage)
{
    public static string PersonKeyFor(string channelId, string userId) => $"{channelId}/people/{userId}";

    /// <summary>The key of the document for these ids (export and erase run outside a turn's activity too).</summary>
    public string KeyFor(string channelId, string conversationId, string? userId) => KeyFor(options.Value.StateScope, channelId, conversationId, userId);

    public static string KeyFor(StateScope scope, string channelId, string conversationId, string? userId) =>
        scope == StateScope.User && !string.IsNullOrEmpty(userId)
            ? PersonKeyFor(channelId, userId)
            : ConversationState.KeyFor(channelId, conversationId);

    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : KeyFor(activity.ChannelId, activity.Conversation.Id, activity.From?.Id);
    }
}
