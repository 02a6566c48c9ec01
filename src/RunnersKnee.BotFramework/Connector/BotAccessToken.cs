namespace RunnersKnee.BotFramework.Connector;

/// <summary>An access token and when it stops working.</summary>
internal sealed record BotAccessToken(string Value, DateTimeOffset ExpiresOn);
