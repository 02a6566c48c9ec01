using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.DirectLine;

/// <summary>Routes the bot's connector calls for the embedded serviceUrl to the in-process conversation logs.</summary>
internal sealed class EmbeddedDirectLineChannel(IOptions<DirectLineOptions> options, DirectLineConversationStore store) : IInProcessChannel
{
    public IConnectorClient Connector { get; } = new EmbeddedDirectLineConnector(store);

    public bool Owns(string serviceUrl) =>
        string.Equals(serviceUrl.TrimEnd('/'), options.Value.EmbeddedServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
