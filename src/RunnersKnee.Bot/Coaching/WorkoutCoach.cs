using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>
/// Presents the workout: asks the <see cref="WorkoutSession"/> for a transition, then turns the
/// <see cref="WorkoutMove"/> it returns into timer changes, sentences and the card for where the session is now.
/// It holds no workout rules; the session does.
/// </summary>
public sealed class WorkoutCoach(
    WorkoutPlan plan,
    WorkoutCards cards,
    WorkoutDescriber describer,
    WorkoutTimers timers,
    WorkoutNoteTexts notes,
    SafetyThresholds thresholds,
    TextCatalog texts,
    HistoryRecorder history,
    ProgressCards progressCards,
    PersonalPlan personalPlan,
    PlanChangeTexts planChanges,
    NextMorningPlanner nextMorning,
    TimeProvider time)
{
    /// <param name="painBefore">The pain the person gave before starting (already allowed by the pain rule), or null when they skipped the question.</param>
    public async Task StartAsync(ITurnContext turn, CoachState state, int? painBefore, CancellationToken cancellationToken)
    {
        await timers.CancelAllAsync(turn, cancellationToken);
        await nextMorning.SessionStartedAsync(turn, cancellationToken);
        var now = time.GetUtcNow();

        // The rules look at what happened since each exercise's last change; the session keeps the levels it uses.
        var levels = await personalPlan.ForNewWorkoutAsync(turn, now, cancellationToken);
        state.Workout = WorkoutSession.Start(Guid.NewGuid().ToString("N")[..12], plan.First, now, painBefore, levels.Dosages, levels.Changes.Where(change => change.To != change.From).Select(change => change.ExerciseId));
        await SayAsync(turn, texts.Get("workout.start", turn.Activity.Locale), cancellationToken);
        if (levels.Changes.Count > 0)
        {
            // Each change in one line, with its reason, before the first card shows the new dosage.
            await SayAsync(turn, string.Join("\n\n", levels.Changes.Select(change => planChanges.Line(change, turn.Activity.Locale))), cancellationToken);
        }
        await ShowAsync(turn, state.Workout, force: true, cancellationToken);
    }

    public Task CompleteAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.CompleteSet(plan, time.GetUtcNow(), timers.RestSeconds), cancellationToken);

    public Task SkipRestAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.EndRest(), cancellationToken);

    public Task MoreRestAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.ExtendRest(TimeSpan.FromSeconds(timers.MoreRestSeconds), time.GetUtcNow()), cancellationToken);

    public Task SkipAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.Skip(plan, time.GetUtcNow()), cancellationToken);

    public Task BackAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.Back(plan), cancellationToken);

    public Task EasierAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.MakeEasier(plan), cancellationToken);

    public Task StandardAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.MakeStandard(plan), cancellationToken);

    public Task PauseAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.Pause(time.GetUtcNow()), cancellationToken);

    public Task ResumeAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.Resume(time.GetUtcNow(), timers.WelcomeBackAfter), cancellationToken);

    public Task StopAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.Stop(time.GetUtcNow()), cancellationToken);

    /// <summary>Stops the session after care guidance (a red flag): the summary asks for no next session.</summary>
    public Task StopForCareAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.StopForCare(time.GetUtcNow()), cancellationToken);

    public Task ApplyPainAsync(ITurnContext turn, CoachState state, WorkoutSession session, int pain, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.ApplyPain(plan, thresholds.Pain, pain, time.GetUtcNow()), cancellationToken);

    public Task RestOverAsync(ITurnContext turn, CoachState state, WorkoutSession session, DueEvent dueEvent, CancellationToken cancellationToken) =>
        ApplyAsync(turn, state, session, session.RestOver(dueEvent.SessionId, dueEvent.Step), cancellationToken);

    /// <summary>Ends the session without a word: the emergency guidance that follows is the only thing to say.</summary>
    public async Task StopSilentlyAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        await timers.ApplyAsync(turn, state, session, session.Stop(time.GetUtcNow()).Timers, cancellationToken);
        await RecordIfEndedAsync(turn, state, session, cancellationToken);
    }

    /// <summary>Starts (or restarts) the guided countdown for the current set.</summary>
    public async Task StartTimerAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (!session.StartTimer(timers.ScheduleFor(session).Phases.Count > 0, time.GetUtcNow()))
        {
            await ShowAsync(turn, session, force: true, cancellationToken);
            return;
        }

        await SendTimerAsync(turn, session, cancellationToken);
    }

    /// <summary>Shows the card for where the session is (once per step unless forced).</summary>
    public async Task ShowAsync(ITurnContext turn, WorkoutSession session, bool force, CancellationToken cancellationToken)
    {
        if (!session.MarkShown(force))
        {
            return;
        }

        var locale = turn.Activity.Locale;
        var channel = turn.Activity.ChannelId ?? string.Empty;
        if (session.Status == WorkoutStatus.Resting && IsWebChat(turn) && session.RestStartedAt is { } restStarted)
        {
            // One card per rest: the page's countdown says what comes next, offers skip and +15 s, and moves on by itself.
            var rest = cards.LiveTimer(session, timers.RestScheduleFor(session), restStarted, locale, describer.NextStepText(session, locale), timers.MoreRestSeconds);
            await turn.SendActivityAsync(new Activity { Attachments = [rest], InputHint = InputHints.ExpectingInput }, cancellationToken);
            return;
        }

        Attachment card = session.Status switch
        {
            WorkoutStatus.Active => cards.ExerciseStep(session, channel, locale, turn.Activity.From?.Id),
            WorkoutStatus.Resting => cards.Rest(session, RestLeftSeconds(session), channel, locale),
            WorkoutStatus.AwaitingPain => cards.PainCheck(session, plan.ExerciseAt(session.Position).Name, channel, locale),
            WorkoutStatus.Paused => cards.Paused(session, channel, locale),
            _ => cards.Summary(session, locale),
        };
        await turn.SendActivityAsync(new Activity { Attachments = [card], InputHint = InputHints.ExpectingInput }, cancellationToken);
        if (session.IsOver && !session.EndedForPain && !session.EndedForCare && session.Results.Exists(r => r.SetsDone > 0))
        {
            // The pain after the session, for the trend: one tap or none. A session the pain rule ended already has its
            // score, and one a red flag stopped ends with the care guidance, not another question.
            await turn.SendActivityAsync(new Activity { Attachments = [progressCards.PainAfter(session, locale)] }, cancellationToken);
        }

        // The morning check planned as the session ended says when it comes (once, after the pain question).
        await nextMorning.AnnounceAsync(turn, cancellationToken);

        if (session.Status == WorkoutStatus.Active && session.TimerStartedAt is not null)
        {
            await SendTimerAsync(turn, session, cancellationToken);
        }
    }

    /// <summary>The seconds left of the running rest (all of it right after a set, less after a resume).</summary>
    private int RestLeftSeconds(WorkoutSession session) =>
        session.RestEndsAt is { } ends ? Math.Max(0, (int)Math.Ceiling((ends - time.GetUtcNow()).TotalSeconds)) : timers.RestSeconds;

    private async Task ApplyAsync(ITurnContext turn, CoachState state, WorkoutSession session, WorkoutMove move, CancellationToken cancellationToken)
    {
        await timers.ApplyAsync(turn, state, session, move.Timers, cancellationToken);
        await RecordIfEndedAsync(turn, state, session, cancellationToken);
        foreach (var note in move.Notes)
        {
            await SayAsync(turn, notes.For(note, session, turn.Activity.Locale), cancellationToken);
        }

        if (move.Kind != WorkoutMoveKind.Quiet)
        {
            await ShowAsync(turn, session, force: move.Kind == WorkoutMoveKind.Unchanged, cancellationToken);
        }
    }

    /// <summary>A move that ended the session writes it to the history (once); moves of a running session leave the history untouched.</summary>
    private async Task RecordIfEndedAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (session.IsOver)
        {
            await history.SessionEndedAsync(turn, session, cancellationToken);
            await nextMorning.SessionEndedAsync(turn, state, session, cancellationToken);
        }
    }

    private async Task SendTimerAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        var schedule = timers.ScheduleFor(session);
        var attachment = IsWebChat(turn)
            ? cards.LiveTimer(session, schedule, session.TimerStartedAt!.Value - session.TimerElapsedBeforePause, turn.Activity.Locale, next: null, timers.MoreRestSeconds)
            : cards.TimerCard(session, schedule, turn.Activity.ChannelId ?? string.Empty, turn.Activity.Locale);
        await turn.SendActivityAsync(new Activity { Attachments = [attachment], Speak = describer.TimerSummary(schedule, turn.Activity.Locale) }, cancellationToken);
    }

    private static bool IsWebChat(ITurnContext turn) => turn.Activity.ChannelId is Channels.WebChat or Channels.DirectLine;

    private static Task SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
}
