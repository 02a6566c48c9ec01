using RunnersKnee.Bot.Bots;
using RunnersKnee.Bot.Cards;
using RunnersKnee.Bot.Texts;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Hosting;

/// <summary>The composition root of the coaching app.</summary>
public static class RunnersKneeBotServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddRunnersKneeBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TextCatalog>();
        services.AddSingleton<CardLibrary>();
        services.AddSingleton<CardFactory>();
        services.AddSingleton<ExerciseCatalog>().AddHostedService<ExerciseCatalogStartupCheck>();
        services.AddSingleton<ITurnErrorHandler, TurnErrorHandler>();
        services.AddSingleton<IBot, CoachBot>();
        return builder;
    }

    public static IEndpointRouteBuilder MapRunnersKneeBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return endpoints;
    }
}
