using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel socket bound to 127.0.0.1 (a free port), configured for a test: memory storage
/// unless the settings say otherwise, anonymous channel auth, Testing environment. <paramref name="services"/>
/// replaces registrations after the app's own (a fake clock, a recording handler).
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="services">Registrations after the app's own (a log capture, a storage decorator, a fake clock).</param>
    public BotApp(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "Memory",

            // A slow turn on a busy test machine would show "typing…" first; tests that want it turn it back on.
            ["Turns:TypingDelay"] = "00:00:00",
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

        // Settings read while services are registered (the timer scheduler's provider) must be there before
        // Program's builder runs; the callback above only applies them once the app is built.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
