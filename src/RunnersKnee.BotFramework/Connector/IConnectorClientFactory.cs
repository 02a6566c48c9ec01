namespace RunnersKnee.BotFramework.Connector;

/// <summary>Gives the client that reaches a serviceUrl (the channel's, or an in-process channel such as the embedded Direct Line).</summary>
public interface IConnectorClientFactory
{
    IConnectorClient Create(string serviceUrl);
}
