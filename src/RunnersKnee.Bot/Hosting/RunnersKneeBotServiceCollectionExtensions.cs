using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Diagnostics;
using RunnersKnee.Bot.Health;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Figures;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Telemetry;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Hosting;

/// <summary>The composition root of the coaching app.</summary>
public static class RunnersKneeBotServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddRunnersKneeBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName);
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProgressOptions>().BindConfiguration(ProgressOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DiagnosticsOptions>().BindConfiguration(DiagnosticsOptions.SectionName);

        // Coaching data belongs to the person, not to one chat: a reloaded page or a new Teams chat continues, and
        // people in one group chat never share an intake. A product decision, so not a setting.
        services.PostConfigure<TurnOptions>(turns => turns.StateScope = StateScope.User);

        // Content: loaded and checked once, at start.
        services.AddSingleton<TextCatalog>();
        services.AddSingleton<CardLibrary>();
        services.AddSingleton<CardFactory>();
        services.AddSingleton<IntakeQuestions>();
        services.AddSingleton<SafetyLexicon>();
        services.AddSingleton<WrittenLanguage>();
        services.AddSingleton<SafetyLanguage>();
        services.AddSingleton<PainReportRecognizer>();
        services.AddSingleton<SafetyAnswerReader>();
        services.AddSingleton<AgeReader>();
        services.AddSingleton<SafetyThresholds>();
        services.AddSingleton<TriageRules>();
        services.AddSingleton<CareRoutes>();
        services.AddSingleton<CareMessages>();
        services.AddSingleton<ExerciseCatalog>();
        services.AddSingleton<RepTempos>();
        services.AddSingleton<ProgressionContent>();
        services.AddSingleton<ProgressionRules>();
        services.AddSingleton<PlanAccessor>();
        services.AddSingleton<PersonalPlan>();
        services.AddSingleton<PlanChangeTexts>();
        services.AddSingleton<FigureLibrary>();
        services.AddSingleton<FigureImages>();
        services.AddRunnersKneeHealthChecks();

        services.AddSingleton<CommandParser>();
        services.AddSingleton<CoachStateAccessor>();
        services.AddSingleton<ReturningPersonWelcome>();
        services.AddSingleton<CoachCards>();
        services.AddSingleton<WorkoutCards>();
        services.AddSingleton<OutcomePresenter>();
        services.AddSingleton<WorkoutPlan>();
        services.AddSingleton<WorkoutDescriber>();
        services.AddSingleton<WorkoutTimers>();
        services.AddSingleton<WorkoutLength>();
        services.AddSingleton<WorkoutCoach>();
        services.AddSingleton<WorkoutNoteTexts>();
        services.AddSingleton<WorkoutQuestions>();
        services.AddSingleton<WorkoutDueEvents>();
        services.AddSingleton<PersonRemindersAccessor>();
        services.AddSingleton<ReminderTimers>();
        services.AddSingleton<ReminderCards>();
        services.AddSingleton<ReminderTexts>();
        services.AddSingleton<NextMorningPlanner>();
        services.AddSingleton<ReminderDueEvents>();
        services.AddSingleton<CoachHistoryAccessor>();
        services.AddSingleton<HistoryRecorder>();
        services.AddSingleton<ProgressTexts>();
        services.AddSingleton<ProgressCards>();
        services.AddSingleton<ReferralDescriber>();
        services.AddSingleton<ProgressLinks>();
        services.AddSingleton<StoredPerson>();
        services.AddSingleton<PrivacySummary>();
        services.AddSingleton<PrivacyExporter>();
        services.AddSingleton<PersonLinks>();
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<RetentionSweeper>().AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddSingleton<TeamsInvokes>();
        services.AddSingleton<PrivateChat>();

        services.AddSingleton<QuestionAsker>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<FlowDialog>();
        services.AddSingleton<WorkoutDialog>();
        services.AddSingleton<UnlockDialog>();
        services.AddSingleton<PainBeforeDialog>();
        services.AddSingleton<RedFlagCheckDialog>();
        services.AddSingleton<PrivacyDeleteDialog>();
        services.AddSingleton<SafetyLockReleaseDialog>();
        services.AddSingleton<SafetyLockGate>();
        services.AddSingleton<SafetyCheckDialog>();
        services.AddSingleton<SafetyCheckStarter>();
        services.AddSingleton<UnclearAnswerCheck>();
        services.AddSingleton<CoachReplies>();
        services.AddSingleton<WorkoutCommandHandlers>();
        services.AddSingleton<IdleCommandHandlers>();
        services.AddSingleton<QuestionCommandHandlers>();
        services.AddSingleton<ProgressCommandHandlers>();
        services.AddSingleton<ReminderCommandHandlers>();
        services.AddSingleton<NextMorningAnswerHandlers>();
        services.AddSingleton<CommandTable>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<MainDialog>();

        builder.AddDueEventScheduler();
        builder.AddRunnersKneeTelemetry();
        services.AddSingleton<DueEventMetrics>();
        services.AddSingleton<DueEventCalls>();
        services.AddSingleton<IDueEventHandler, DueEventHandler>();
        services.AddSingleton<ITurnErrorHandler, TurnErrorHandler>();
        services.AddSingleton<IBot, CoachBot>();
        return builder;
    }

    public static IEndpointRouteBuilder MapRunnersKneeBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealth();

        // The Teams manifest links these (privacyUrl, termsOfUseUrl).
        endpoints.MapGet("/privacy", () => Results.Redirect("/privacy.html"));
        endpoints.MapGet("/terms", () => Results.Redirect("/terms.html"));

        endpoints.MapDiagnostics();
        endpoints.MapPrivacyExport();
        endpoints.MapProgress();
        endpoints.MapFigures();
        return endpoints;
    }
}
