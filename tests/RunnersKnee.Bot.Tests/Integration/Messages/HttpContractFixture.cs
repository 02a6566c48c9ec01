using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>One running app and one loopback connector for the HTTP contract tests (each test uses its own conversations).</summary>
public sealed class HttpContractFixture : IAsyncLifetime
{
    public LoopbackConnector Connector { get; private set; } = null!;

    public BotApp App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        App = new BotApp();
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
