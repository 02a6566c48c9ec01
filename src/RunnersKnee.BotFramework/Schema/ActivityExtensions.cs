using System.Text.Json;
using System.Text.RegularExpressions;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>Addressing helpers: replies, conversation references and Teams mention stripping.</summary>
public static partial class ActivityExtensions
{
    /// <summary>A message addressed back to the sender of <paramref name="incoming"/> (from and recipient swapped).</summary>
    public static Activity CreateReply(this Activity incoming, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };

    /// <summary>The reference to store for proactive messages (only from authenticated activities, spec A7560).</summary>
    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation ?? new ConversationAccount(),
        ChannelId = activity.ChannelId ?? string.Empty,
        ServiceUrl = activity.ServiceUrl ?? string.Empty,
        Locale = activity.Locale,
    };

    /// <summary>Fills the routing fields of an outgoing activity from a stored reference.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        return activity;
    }

    /// <summary>
    /// The text with the bot's own @mention removed: each mention entity of the recipient has its exact text
    /// cut out; any <c>&lt;at&gt;…&lt;/at&gt;</c> markup left over is removed too (Teams' samples disagree on the form).
    /// </summary>
    public static string GetTextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is null)
            {
                continue;
            }

            var mentionsBot = entity.Properties.TryGetValue("mentioned", out var mentioned)
                && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && string.Equals(id.GetString(), activity.Recipient?.Id, StringComparison.Ordinal);
            if (mentionsBot
                && entity.Properties.TryGetValue("text", out var mentionText)
                && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } markup)
            {
                text = text.Replace(markup, " ", StringComparison.Ordinal);
            }
        }

        text = AtMarkup().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMarkup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
