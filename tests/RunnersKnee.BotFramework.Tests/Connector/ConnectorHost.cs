using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Hosting;

namespace RunnersKnee.BotFramework.Tests.Connector;

/// <summary>The protocol layer's real registrations (<c>AddBotFramework</c>) with test settings; hands out connector clients.</summary>
internal sealed class ConnectorHost : IDisposable
{
    private readonly IHost _host;

    private ConnectorHost(IHost host) => _host = host;

    public static ConnectorHost Create(IDictionary<string, string?> settings, string environment = "Testing")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework();
        return new ConnectorHost(builder.Build());
    }

    public IConnectorClient ClientFor(string serviceUrl) => _host.Services.GetRequiredService<IConnectorClientFactory>().Create(serviceUrl);

    public void Dispose() => _host.Dispose();
}
