using RunnersKnee.Bot.Diagnostics;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Figures;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Health;

/// <summary>
/// Makes broken reviewed content stop the app at start. The host builds every hosted service before it starts any
/// of them (including the web server), so taking the content here loads and validates every file (exercises, texts,
/// rep tempos, progression ladders, figures, cards, safety lexicon, thresholds, care routes, language markers) before a request is served.
/// </summary>
public sealed class ContentStartupCheck(
    ExerciseCatalog exercises,
    RepTempos tempos,
    ProgressionContent progression,
    FigureLibrary figures,
    TextCatalog texts,
    CardLibrary cards,
    SafetyLanguage safetyLanguage,
    SafetyAnswerReader safetyAnswers,
    AgeReader ageWordings,
    SafetyThresholds thresholds,
    CareRoutes careRoutes,
    WrittenLanguage writtenLanguage,
    ILogger<ContentStartupCheck> logger) : IHostedService
{
    /// <summary>True once every content file was loaded and validated.</summary>
    public bool IsLoaded { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Built by injection, which is where each file is read and checked; holding them keeps that explicit.
        GC.KeepAlive(new object[] { tempos, progression, figures, texts, cards, safetyLanguage, safetyAnswers, ageWordings, thresholds, careRoutes, writtenLanguage });
        IsLoaded = exercises.Exercises.Count > 0;
        CoachLog.ContentLoaded(logger, exercises.Exercises.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
