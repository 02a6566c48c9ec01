using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Tests.Authentication;

/// <summary>An operator reading the start-up log learns when the bot is not checking who calls it.</summary>
public sealed class BotAuthenticationStartupLogTests
{
    [Fact]
    public async Task Start_NoAppId_WarnsAboutAnonymousMode()
    {
        var logger = new RecordingLogger();

        await Start(new BotAuthenticationOptions(), logger);

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ANONYMOUS", warning.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownAppType_WarnsThatMultiTenantIsUsed()
    {
        var logger = new RecordingLogger();

        await Start(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = "MultiTennant" }, logger);

        Assert.Contains("using MultiTenant", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ConfiguredIdentity_LogsNothing()
    {
        var logger = new RecordingLogger();

        await Start(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = "SingleTenant" }, logger);

        Assert.Empty(logger.Entries);
    }

    private static Task Start(BotAuthenticationOptions options, RecordingLogger logger) =>
        new BotAuthenticationStartupLog(Options.Create(options), new Environment(), logger).StartAsync(CancellationToken.None);

    private sealed class RecordingLogger : ILogger<BotAuthenticationStartupLog>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
