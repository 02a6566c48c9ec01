using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>Replies and moves shared by the routers: say, reprompt, help, stale card, emergency, start over, start workout.</summary>
public sealed class CoachReplies(
    CoachCards cards,
    TextCatalog texts,
    WorkoutCoach coach,
    WorkoutTimers timers,
    TriageRules triage,
    CareMessages care,
    HistoryRecorder history,
    TimeProvider time)
{
    public TextCatalog Texts => texts;

    public Task SayAsync(DialogContext dc, string key, params (string Name, object? Value)[] values) =>
        dc.Context.SendActivityAsync(new Activity { Text = texts.Format(key, dc.Context.Activity.Locale, values) }, CancellationToken.None);

    public async Task SayAndRepromptAsync(DialogContext dc, string key, CancellationToken cancellationToken)
    {
        await SayAsync(dc, key);
        await dc.RepromptDialogAsync(cancellationToken);
    }

    public Task HelpAsync(DialogContext dc, string context, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(new Activity { Attachments = [cards.Help(context, dc.Context.Activity.Locale)] }, cancellationToken);

    /// <summary>
    /// "That card is out of date", then always the card for where the person is now: the workout's current card,
    /// the question that waits, the summary of a workout that is over, or how to start one.
    /// </summary>
    public async Task StaleCardAsync(DialogContext dc, CoachState state, CancellationToken cancellationToken)
    {
        await SayAsync(dc, "workout.staleCard");
        var workoutShown = state.Mode is ConversationMode.Workout or ConversationMode.Idle or ConversationMode.Paused;
        if (state.Workout is { IsOver: false } session && workoutShown)
        {
            await coach.ShowAsync(dc.Context, session, force: true, cancellationToken);
        }
        else if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
        else if (state.Workout is { IsOver: true } finished && workoutShown)
        {
            await coach.ShowAsync(dc.Context, finished, force: true, cancellationToken);
        }
        else
        {
            await SayAsync(dc, "workout.noWorkout");
        }
    }

    /// <summary>
    /// Emergency or self-harm language: stop all coaching, close it until the person says they are safe and seen,
    /// and give the route for their region (an ambulance, or a crisis line and the emergency number).
    /// </summary>
    public async Task EmergencyAsync(DialogContext dc, CoachState state, SafetyLockKind kind, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (state.Workout is { IsOver: false } session)
        {
            await coach.StopSilentlyAsync(dc.Context, state, session, cancellationToken);
        }

        state.WorkoutLocked = true;
        state.Outcome = TriageOutcome.EmergencyCare;
        state.CurrentQuestion = null;
        state.SafetyLock = new SafetyLock(kind, time.GetUtcNow());
        await history.CheckAsync(dc.Context, kind == SafetyLockKind.Crisis ? CheckKind.Crisis : CheckKind.Emergency, TriageOutcome.EmergencyCare, null, null, cancellationToken);
        var (title, body) = care.Guidance(kind, dc.Context.Activity);
        var card = cards.Guidance(title, body, null, urgent: true);
        await dc.Context.SendActivityAsync(new Activity { Attachments = [card], Speak = body }, cancellationToken);
    }

    /// <summary>Forgets the answers and the workout and asks the questions again.</summary>
    public async Task StartOverAsync(DialogContext dc, CoachState state, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await timers.CancelAllAsync(dc.Context, cancellationToken);
        state.Intake = null;
        state.Workout = null;
        state.CurrentQuestion = null;
        await SayAsync(dc, "startOver.done");
        await dc.BeginDialogAsync(DialogIds.Flow, null, cancellationToken);
    }

    /// <summary>"Start workout": only after the check, never while locked, and back to a paused session if there is one.</summary>
    public async Task StartWorkoutAsync(DialogContext dc, CoachState state, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (state.Intake?.CompletedAt is null)
        {
            await SayAsync(dc, "intake.firstCheck");
            await dc.BeginDialogAsync(DialogIds.Flow, null, cancellationToken);
            return;
        }

        // After a rest day the pain is asked again first (UnlockDialog), rather than assumed to have settled.
        if (state.WorkoutLocked || triage.PainTooHighToday(state.Intake))
        {
            await dc.BeginDialogAsync(DialogIds.Unlock, null, cancellationToken);
            return;
        }

        if (state.Workout is { Status: WorkoutStatus.Paused } paused)
        {
            await coach.ResumeAsync(dc.Context, state, paused, cancellationToken);
        }
        else if (state.Workout is not { IsOver: false })
        {
            // A new session asks the pain before it starts (and may make today a rest day instead).
            await dc.BeginDialogAsync(DialogIds.PainBefore, null, cancellationToken);
            return;
        }
        else
        {
            await coach.ShowAsync(dc.Context, state.Workout, force: true, cancellationToken);
        }

        await dc.BeginDialogAsync(DialogIds.Workout, null, cancellationToken);
    }
}
