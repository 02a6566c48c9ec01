namespace RunnersKnee.Bot.Workout;

/// <summary>
/// Makes broken exercise data stop the app at start. The host builds every hosted service before it starts any of
/// them (including the web server), so taking the catalog here loads and validates it before a request is served.
/// </summary>
public sealed partial class ExerciseCatalogStartupCheck(ExerciseCatalog catalog, ILogger<ExerciseCatalogStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogCatalogLoaded(logger, catalog.Exercises.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Exercise catalog loaded and validated: {Count} exercises.")]
    private static partial void LogCatalogLoaded(ILogger logger, int count);
}
