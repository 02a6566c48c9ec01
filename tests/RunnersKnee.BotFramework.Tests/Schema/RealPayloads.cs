using System.Text;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.Schema;

/// <summary>The public channel captures in <c>Schema/Payloads</c> (sources in its README.md).</summary>
public static class RealPayloads
{
    public const string TeamsPersonalMessage = "teams-personal-message.json";
    public const string TeamsChannelBotMention = "teams-channel-message-bot-mention.json";
    public const string TeamsChannelUserMention = "teams-channel-message-user-mention.json";
    public const string TeamsBotAddedPersonal = "teams-conversationupdate-bot-added-personal.json";
    public const string TeamsBotAddedTeam = "teams-conversationupdate-bot-added-team.json";
    public const string TeamsInvokeAdaptiveCardAction = "teams-invoke-adaptivecard-action.json";
    public const string WebChatMessage = "webchat-message.json";

    public static TheoryData<string> All => new()
    {
        TeamsPersonalMessage,
        TeamsChannelBotMention,
        TeamsChannelUserMention,
        TeamsBotAddedPersonal,
        TeamsBotAddedTeam,
        TeamsInvokeAdaptiveCardAction,
        WebChatMessage,
    };

    public static string Json(string name) => Payloads.Read(name);

    public static Activity Activity(string name) =>
        BotJson.DeserializeActivity(Encoding.UTF8.GetBytes(Json(name)))
        ?? throw new InvalidOperationException($"{name} deserialized to null.");
}
