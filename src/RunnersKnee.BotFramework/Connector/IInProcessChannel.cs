namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// A channel hosted inside this process (the embedded Direct Line). Replies to its serviceUrl are appended to its
/// conversation log directly instead of travelling over HTTP to ourselves.
/// </summary>
public interface IInProcessChannel
{
    bool Owns(string serviceUrl);

    IConnectorClient Connector { get; }
}
