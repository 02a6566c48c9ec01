namespace RunnersKnee.BotFramework.Schema;

/// <summary>Well-known <c>channelId</c> values.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
