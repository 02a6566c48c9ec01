using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>Says loudly at start-up when the bot is not checking who calls it, or when its app type was not understood.</summary>
internal sealed partial class BotAuthenticationStartupLog(
    IOptions<BotAuthenticationOptions> options,
    IHostEnvironment environment,
    ILogger<BotAuthenticationStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        if (value.IsAnonymous)
        {
            LogAnonymous(logger, environment.EnvironmentName);
        }
        else if (value.HasUnknownAppType)
        {
            LogUnknownAppType(logger, value.MicrosoftAppType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning,
        Message = "MicrosoftAppId is not set: the bot runs in ANONYMOUS mode ({Environment}). Requests are not authenticated and replies carry no token. Set MicrosoftAppId before exposing this endpoint.")]
    private static partial void LogAnonymous(ILogger logger, string environment);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "MicrosoftAppType '{AppType}' is not known; using MultiTenant. Use MultiTenant, SingleTenant or UserAssignedMSI.")]
    private static partial void LogUnknownAppType(ILogger logger, string? appType);
}
