using Xunit;

namespace RunnersKnee.Testing;

/// <summary>One Azurite per test class (<c>IClassFixture&lt;AzuriteFixture&gt;</c>); tests isolate themselves by container or queue name.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not been started.");

    public async Task InitializeAsync() => _server = await AzuriteServer.StartNewAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
