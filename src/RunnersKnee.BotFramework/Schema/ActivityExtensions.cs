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
    /// The text with the bot's own @mention removed: each mention entity whose <c>mentioned.id</c> is the recipient
    /// has its exact text cut out; where that text is not in the message (Teams' samples disagree: <c>&lt;at&gt;@Name&lt;/at&gt;</c>
    /// vs <c>&lt;at&gt;Name&lt;/at&gt;</c>), <c>&lt;at&gt;</c> markup naming the bot goes instead. Mentions of anyone else stay.
    /// </summary>
    public static string GetTextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in activity.Entities ?? [])
        {
            if (!IsMentionOf(entity, activity.Recipient?.Id, out var mentioned))
            {
                continue;
            }

            if (entity.Properties!.TryGetValue("text", out var mentionText)
                && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } markup)
            {
                text = text.Replace(markup, " ", StringComparison.Ordinal);
            }

            if (mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } botName)
            {
                botNames.Add(botName);
            }
        }

        if (botNames.Count > 0)
        {
            text = AtMarkup().Replace(text, match => botNames.Contains(match.Groups["name"].Value.Trim().TrimStart('@').Trim()) ? " " : match.Value);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    private static bool IsMentionOf(Entity entity, string? accountId, out JsonElement mentioned)
    {
        mentioned = default;
        return string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(accountId)
            && entity.Properties is not null
            && entity.Properties.TryGetValue("mentioned", out mentioned)
            && mentioned.ValueKind == JsonValueKind.Object
            && mentioned.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String
            && string.Equals(id.GetString(), accountId, StringComparison.Ordinal);
    }

    [GeneratedRegex("<at>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMarkup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
