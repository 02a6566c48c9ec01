using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.DirectLine;

/// <summary>
/// The embedded conversations in memory, bounded in number and in log length. Every activity that enters a log
/// (the user's echo, the bot's replies, proactive sends) is stamped here as the Azure service would stamp it.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _startGate = new();

    public DirectLineConversation? Find(string? conversationId) =>
        conversationId is not null && _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>The conversation the token names, started now if it is new (<paramref name="started"/> is then true).</summary>
    public DirectLineConversation GetOrStart(string conversationId, string userId, out bool started)
    {
        started = false;
        if (_conversations.TryGetValue(conversationId, out var existing))
        {
            existing.Touch(timeProvider.GetUtcNow());
            return existing;
        }

        lock (_startGate)
        {
            if (_conversations.TryGetValue(conversationId, out existing))
            {
                return existing;
            }

            if (_conversations.Count >= options.Value.MaxConversations)
            {
                EvictLeastRecentlyUsed();
            }

            var conversation = new DirectLineConversation(conversationId, userId, timeProvider.GetUtcNow(), options.Value.MaxTranscriptBytes);
            _conversations[conversationId] = conversation;
            started = true;
            return conversation;
        }
    }

    /// <summary>Logs a new activity in the conversation, stamped with id, timestamp, channel and serviceUrl.</summary>
    public string Append(DirectLineConversation conversation, Activity activity)
    {
        Stamp(conversation, activity);
        return conversation.Append(activity, timeProvider.GetUtcNow(), options.Value.MaxActivitiesPerConversation);
    }

    /// <inheritdoc cref="DirectLineConversation.Replace"/>
    public bool Replace(DirectLineConversation conversation, Activity activity)
    {
        Stamp(conversation, activity);
        return conversation.Replace(activity, timeProvider.GetUtcNow(), options.Value.MaxActivitiesPerConversation);
    }

    /// <inheritdoc cref="DirectLineConversation.Remove"/>
    public bool Remove(DirectLineConversation conversation, string activityId) =>
        conversation.Remove(activityId, timeProvider.GetUtcNow(), options.Value.MaxActivitiesPerConversation);

    /// <summary>Forgets conversations idle for longer than the configured timeout; returns how many.</summary>
    public int RemoveIdle()
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.ConversationIdleTimeout;
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.IsIdleSince(cutoff) && _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(id, conversation)))
            {
                conversation.End();
                removed++;
            }
        }

        return removed;
    }

    private void EvictLeastRecentlyUsed()
    {
        var oldest = _conversations.Values.MinBy(c => c.LastSeen);
        if (oldest is not null && _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(oldest.Id, oldest)))
        {
            oldest.End();
        }
    }

    private void Stamp(DirectLineConversation conversation, Activity activity)
    {
        activity.ChannelId = Channels.WebChat;
        activity.ServiceUrl = options.Value.EmbeddedServiceUrl;
        activity.Conversation ??= new ConversationAccount();
        activity.Conversation.Id = conversation.Id;
    }
}
