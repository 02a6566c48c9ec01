using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>
/// The protocol layer as an app composes it (AddBotFramework, AddDirectLine, UseWebSockets, MapBotFramework, MapDirectLine) around
/// <see cref="ScriptedBot"/>, on real Kestrel at 127.0.0.1 with a free port, memory storage and a fake clock.
/// </summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DirectLineHost(WebApplication app, FakeTimeProvider time)
    {
        _app = app;
        Time = time;
        BaseAddress = new Uri(app.Urls.First() + "/");
    }

    public Uri BaseAddress { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineHost> StartAsync(IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        // These hosts test Direct Line, not channel auth: anonymous mode is opted into explicitly, as Production requires.
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:BotName"] = "Test Bot",
            ["BotAuthentication:AllowAnonymous"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IBot, ScriptedBot>();
        builder.Services.AddSingleton<ITurnErrorHandler, ApologisingErrorHandler>();
        builder.AddBotFramework();
        builder.AddDirectLine();

        var app = builder.Build();
        app.UseWebSockets();
        app.MapBotFramework();
        app.MapDirectLine();
        await app.StartAsync();
        return new DirectLineHost(app, time);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
