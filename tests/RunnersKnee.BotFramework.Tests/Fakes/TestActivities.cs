using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>Small inbound activities addressed like Teams ones.</summary>
public static class TestActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static Activity Message(string id, string text = "hi", string conversationId = "a:conversation-1") => Inbound(ActivityTypes.Message, id, conversationId, text);

    public static Activity Invoke(string id, string name = "adaptiveCard/action", string conversationId = "a:conversation-1")
    {
        var activity = Inbound(ActivityTypes.Invoke, id, conversationId, text: null);
        activity.Name = name;
        return activity;
    }

    private static Activity Inbound(string type, string id, string conversationId, string? text) => new()
    {
        Type = type,
        Id = id,
        Text = text,
        ChannelId = Channels.MsTeams,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = "29:user", Name = "Megan" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Coach" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Locale = "en-US",
    };
}
