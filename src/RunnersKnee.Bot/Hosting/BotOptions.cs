namespace RunnersKnee.Bot.Hosting;

/// <summary>How the bot presents itself and where it can be reached from outside.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <value>The bot's public https address (e.g. https://knee.example.com), used for the Teams timer dialog page. Empty: the dialog is not offered.</value>
    public string? PublicBaseUrl { get; set; }
}
