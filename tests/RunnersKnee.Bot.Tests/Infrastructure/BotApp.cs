using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel socket bound to 127.0.0.1 (a free port), configured for a test: memory storage
/// unless the settings say otherwise, anonymous channel auth, Testing environment.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="services">Registrations after the app's own (a log capture, a storage decorator).</param>
    public BotApp(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "Memory",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>The app's base address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
