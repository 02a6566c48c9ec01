using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// A message in a team channel or group chat never starts the symptom check there: colleagues would read it. The
/// person gets one short line in the shared space (and the emergency or crisis route first, if that is what they
/// said) and the coach in their own 1:1 chat, started proactively; where Teams does not allow that, a link to it.
/// Their coaching data is theirs alone (one document per person), so the 1:1 chat continues where they were.
/// </summary>
public sealed class PrivateChat(IConnectorClientFactory connectors, CommandParser parser, CareMessages care, CoachCards cards, TextCatalog texts)
{
    public async Task MoveAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        var said = parser.Parse(activity.GetTextWithoutMentions())?.Kind;
        if (said is CommandKind.Emergency or CommandKind.CheckEmergency or CommandKind.Crisis or CommandKind.CheckCrisis)
        {
            var kind = said is CommandKind.Crisis or CommandKind.CheckCrisis ? SafetyLockKind.Crisis : SafetyLockKind.Emergency;
            await turn.SendActivityAsync(new Activity { Text = care.Reminder(kind, activity) }, cancellationToken);
        }

        if (await StartPrivateChatAsync(activity, cancellationToken) is { } privateConversation)
        {
            await turn.SendActivityAsync(new Activity { Conversation = privateConversation, Attachments = [cards.Welcome(locale)] }, cancellationToken);
            await turn.SendActivityAsync(new Activity { Text = texts.Get("group.movedToPrivate", locale) }, cancellationToken);
            return;
        }

        var link = "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(activity.Recipient?.Id ?? string.Empty);
        await turn.SendActivityAsync(new Activity { Text = texts.Format("group.openPrivate", locale, ("link", link)) }, cancellationToken);
    }

    /// <summary>Asks the channel for the 1:1 conversation with the sender; null when it will not give one.</summary>
    private async Task<ConversationAccount?> StartPrivateChatAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From is not { } person || activity.Recipient is not { } bot || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return null;
        }

        var tenant = activity.Conversation?.TenantId;
        try
        {
            var created = await connectors.Create(activity.ServiceUrl).CreateConversationAsync(
                new ConversationParameters(false, bot, [new ChannelAccount { Id = person.Id, Name = person.Name }], tenant, tenant is null ? null : new TeamsChannelData(new TenantInfo(tenant))),
                cancellationToken);
            return created.Id is { Length: > 0 } id ? new ConversationAccount { Id = id, ConversationType = "personal", TenantId = tenant } : null;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or NotSupportedException)
        {
            // Teams refuses (403) when the app is not installed for the person; the link still works for them.
            return null;
        }
    }
}
