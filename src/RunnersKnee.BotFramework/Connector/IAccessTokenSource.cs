namespace RunnersKnee.BotFramework.Connector;

/// <summary>Fetches a new token from Entra ID (client secret, certificate or managed identity); no caching.</summary>
internal interface IAccessTokenSource
{
    Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken);
}
