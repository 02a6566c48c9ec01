using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.DirectLine;

/// <summary>Routes the bot's connector calls for the embedded serviceUrl to the in-process conversation logs.</summary>
internal sealed class EmbeddedDirectLineChannel(IOptions<DirectLineOptions> options, DirectLineConversationStore store) : IInProcessChannel
{
    public IConnectorClient Connector { get; } = new EmbeddedDirectLineConnector(store);

    // Asked for every reply: compared as spans, so no trimmed copy of either URL is made.
    public bool Owns(string serviceUrl) =>
        serviceUrl.AsSpan().TrimEnd('/').Equals(options.Value.EmbeddedServiceUrl.AsSpan().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
