using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>Says loudly at start-up when the bot is not checking who calls it, or when its app type was not understood.</summary>
internal sealed class BotAuthenticationStartupLog(
    IOptions<BotAuthenticationOptions> options,
    IHostEnvironment environment,
    ILogger<BotAuthenticationStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        if (value.IsAnonymous)
        {
            BotFrameworkLog.AnonymousMode(logger, environment.EnvironmentName);
        }
        else if (value.HasUnknownAppType)
        {
            BotFrameworkLog.UnknownAppType(logger, value.MicrosoftAppType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
