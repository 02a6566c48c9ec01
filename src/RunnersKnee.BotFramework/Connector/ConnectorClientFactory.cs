namespace RunnersKnee.BotFramework.Connector;

/// <summary>In-process channels first (the embedded Direct Line), otherwise the HTTP connector with the bot's token.</summary>
public sealed class ConnectorClientFactory(IEnumerable<IInProcessChannel> inProcessChannels, IHttpClientFactory httpClientFactory)
    : IConnectorClientFactory
{
    /// <summary>The name of the HttpClient that carries the bot's token and the connector's resilience policy.</summary>
    public const string HttpClientName = "BotConnector";

    private readonly IInProcessChannel[] _inProcessChannels = [.. inProcessChannels];

    public IConnectorClient Create(string serviceUrl)
    {
        foreach (var channel in _inProcessChannels)
        {
            if (channel.Owns(serviceUrl))
            {
                return channel.Connector;
            }
        }

        return new HttpConnectorClient(httpClientFactory.CreateClient(HttpClientName), serviceUrl);
    }
}
