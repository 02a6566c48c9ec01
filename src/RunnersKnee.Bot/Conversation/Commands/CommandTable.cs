namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// What every command does in every <see cref="ConversationMode"/>, in one place: <c>(mode, command) → handler</c>,
/// with a fallback per mode. Safety (emergencies, the emergency lock) and stale cards are dealt with before this.
/// </summary>
public sealed class CommandTable
{
    private static readonly ConversationMode[] AllModes = Enum.GetValues<ConversationMode>();
    private static readonly ConversationMode[] Asking = [ConversationMode.Intake, ConversationMode.Screening, ConversationMode.Question];
    private static readonly ConversationMode[] Resting = [ConversationMode.Idle, ConversationMode.Paused];
    private static readonly CommandKind[] Questions = [CommandKind.WhatsNext, CommandKind.WhereAmI, CommandKind.HowManyLeft];

    private readonly Dictionary<(ConversationMode, CommandKind), CommandHandler> _handlers = [];
    private readonly Dictionary<ConversationMode, CommandHandler> _otherwise = [];

    public CommandTable(WorkoutCommandHandlers workout, IdleCommandHandlers idle, QuestionCommandHandlers asking, ProgressCommandHandlers progress, ReminderCommandHandlers reminders, NextMorningAnswerHandlers morningAnswers)
    {
        On(AllModes, [CommandKind.PrivacySummary, CommandKind.PrivacyExport, CommandKind.PrivacyDelete], idle.PrivacyAsync);

        // Progress and the referral summary answer in every mode; a waiting question is asked again after them.
        On(AllModes, [CommandKind.Progress], progress.ProgressAsync);
        On(AllModes, [CommandKind.PhysioSummary], progress.PhysioSummaryAsync);
        On(AllModes, [CommandKind.SetGoal], progress.SetGoalAsync);
        On(AllModes, [CommandKind.PainAfter], progress.PainAfterAsync);
        On(AllModes, [CommandKind.ResetPlan], progress.ResetPlanAsync);

        // Reminders and the morning check's taps, likewise; "later" and "tomorrow" with no reminder just sent are answers.
        On(AllModes, [CommandKind.Reminder], reminders.ReminderAsync);
        On(AllModes, [CommandKind.NextMorning], morningAnswers.NextMorningTapAsync);

        // The workout: each command is one transition of the session.
        var w = ConversationMode.Workout;
        On([w], [CommandKind.Done], workout.DoneAsync);
        On([w], [CommandKind.SkipRest], workout.SkipRestAsync);
        On([w], [CommandKind.MoreRest], workout.MoreRestAsync);
        On([w], [CommandKind.StartTimer], workout.StartTimerAsync);
        On([w], [CommandKind.Skip], workout.SkipAsync);
        On([w], [CommandKind.Back], workout.BackAsync);
        On([w], [CommandKind.Easier], workout.EasierAsync);
        On([w], [CommandKind.Standard], workout.StandardAsync);
        On([w], [CommandKind.Pause], workout.PauseAsync);
        On([w], [CommandKind.Resume], workout.ResumeAsync);
        On([w], [CommandKind.Stop], workout.StopAsync);
        On([w], [CommandKind.Repeat, CommandKind.Start, CommandKind.StartWorkout], workout.ShowAsync);
        On([w], [CommandKind.WhatsNext], workout.WhatsNextAsync);
        On([w], [CommandKind.WhereAmI], workout.WhereAmIAsync);
        On([w], [CommandKind.HowManyLeft], workout.HowManyLeftAsync);
        On([w], [CommandKind.Help], workout.HelpAsync);
        On([w], [CommandKind.PainReport], workout.PainAsync);
        On([w], [CommandKind.SymptomReport, CommandKind.InjuryReport], workout.SymptomAsync);
        On([w, .. Resting], [CommandKind.StartOver], idle.StartOverAsync);
        _otherwise[w] = (_, _) => Task.FromResult(false);

        // Paused: the session waits; moves show the paused card until "resume".
        var p = ConversationMode.Paused;
        On([p], [CommandKind.Resume], workout.ResumePausedAsync);
        On([p], [CommandKind.Stop], workout.StopAsync);
        On([p], Questions, workout.WhatsNextAsync);
        On([p], [CommandKind.Repeat, CommandKind.Skip, CommandKind.Back, CommandKind.Easier, CommandKind.Standard, CommandKind.Done, CommandKind.SkipRest, CommandKind.MoreRest, CommandKind.StartTimer, CommandKind.Pause], workout.ShowAsync);

        // Nothing active (and the paused workout's other commands).
        On(Resting, [CommandKind.Start], idle.StartAsync);
        On(Resting, [CommandKind.StartWorkout], idle.StartWorkoutAsync);
        On([ConversationMode.Idle], Questions, idle.WhatsNextAsync);
        On([ConversationMode.Idle], [CommandKind.Repeat], idle.RepeatAsync);
        On(Resting, [CommandKind.Help], idle.HelpAsync);
        On([ConversationMode.Idle], [CommandKind.Stop], idle.StopAsync);
        On(Resting, [CommandKind.PainReport], idle.PainAsync);
        On(Resting, [CommandKind.SymptomReport, CommandKind.InjuryReport], idle.SymptomAsync);
        _otherwise[ConversationMode.Idle] = _otherwise[p] = idle.NoWorkoutAsync;

        // A question is waiting: answer the interruption, then ask again.
        On(Asking, [CommandKind.PainReport], asking.AnswerAsync);
        On([ConversationMode.Intake], [CommandKind.SymptomReport], asking.SymptomAsync);
        On([ConversationMode.Intake], [CommandKind.InjuryReport], asking.InjuryAsync);
        On([ConversationMode.Question], [CommandKind.SymptomReport, CommandKind.InjuryReport], asking.SymptomAsync);
        On([ConversationMode.Screening], [CommandKind.SymptomReport, CommandKind.InjuryReport], asking.AnswerAsync);
        On([ConversationMode.Question], [CommandKind.StartWorkout], idle.StartWorkoutAsync);
        On(Asking, [CommandKind.StartOver], idle.StartOverAsync);
        On(Asking, [CommandKind.Stop], asking.StopAsync);
        On([ConversationMode.Intake], [CommandKind.Back], asking.StepBackAsync);
        On(Asking, [CommandKind.Help], asking.HelpAsync);
        On(Asking, Questions, asking.WhatsNextAsync);
        On(Asking, [CommandKind.Skip], QuestionCommandHandlers.PainBeforeAnswerOr(asking.CannotSkipAsync));
        On(Asking, [CommandKind.Done], QuestionCommandHandlers.PainBeforeAnswerOr(asking.NotNowAsync));
        On(Asking, [CommandKind.Pause], asking.WaitingAsync);
        On(Asking, [CommandKind.Resume, CommandKind.Start], QuestionCommandHandlers.PainBeforeAnswerOr(QuestionCommandHandlers.ConfirmWordOr(asking.RepromptAsync)));
        On(Asking, [CommandKind.StartTimer], QuestionCommandHandlers.PainBeforeAnswerOr(QuestionCommandHandlers.ConfirmWordOr(asking.NotNowAsync)));
        On([ConversationMode.Screening, ConversationMode.Question], [CommandKind.Back], asking.RepromptAsync);
        On(Asking, [CommandKind.Repeat], asking.RepromptAsync);
        foreach (var mode in Asking)
        {
            _otherwise[mode] = asking.NotNowAsync;
        }
    }

    public Task<bool> HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        (_handlers.TryGetValue((turn.Mode, turn.Command.Kind), out var handler) ? handler : _otherwise[turn.Mode])(turn, cancellationToken);

    private void On(ConversationMode[] modes, CommandKind[] kinds, CommandHandler handler)
    {
        foreach (var mode in modes)
        {
            foreach (var kind in kinds)
            {
                _handlers.Add((mode, kind), handler);
            }
        }
    }
}
