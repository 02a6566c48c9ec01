namespace RunnersKnee.BotFramework.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector (<c>https://api.botframework.com/.default</c>).</summary>
public interface IBotTokenProvider
{
    /// <summary>A token valid for at least a few more minutes, or null in anonymous mode (no MicrosoftAppId).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
