using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>Commands with nothing active (or only a paused workout), and the privacy commands, which work in every mode.</summary>
public sealed class IdleCommandHandlers(CoachReplies replies, CoachCards cards, WorkoutCoach coach, PrivacyService privacy, TriageRules triage, HistoryRecorder history)
{
    public async Task<bool> StartAsync(CommandTurn turn, CancellationToken ct)
    {
        if (turn.State.Intake?.CompletedAt is not null)
        {
            await replies.SayAsync(turn.Dc, "welcome.back");
        }
        else
        {
            await turn.Dc.BeginDialogAsync(DialogIds.Flow, null, ct);
        }

        return true;
    }

    public async Task<bool> StartWorkoutAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.StartWorkoutAsync(turn.Dc, turn.State, ct);
        return true;
    }

    public async Task<bool> StartOverAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.StartOverAsync(turn.Dc, turn.State, ct);
        return true;
    }

    public Task<bool> WhatsNextAsync(CommandTurn turn, CancellationToken ct) =>
        SayAsync(turn, turn.State.Intake?.CompletedAt is null ? "next.idle" : turn.State.WorkoutLocked ? "next.locked" : "next.afterIntake");

    public async Task<bool> RepeatAsync(CommandTurn turn, CancellationToken ct)
    {
        await turn.Dc.Context.SendActivityAsync(new Activity { Attachments = [cards.Welcome(turn.Locale)] }, ct);
        return true;
    }

    public async Task<bool> HelpAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.HelpAsync(turn.Dc, replies.Texts.Get("help.context.idle", turn.Locale), ct);
        return true;
    }

    public Task<bool> StopAsync(CommandTurn turn, CancellationToken ct) => SayAsync(turn, "stop.outside");

    public Task<bool> NoWorkoutAsync(CommandTurn turn, CancellationToken ct) => SayAsync(turn, "workout.noWorkout");

    /// <summary>A pain score outside a workout: advice for that score (rest above the limit), no workout move.</summary>
    public async Task<bool> PainAsync(CommandTurn turn, CancellationToken ct)
    {
        var pain = turn.Command.Pain!.Value;
        await history.PainAsync(turn.Dc.Context, pain, ct);
        var adviceKey = turn.State.WorkoutLocked ? "workout.pain.outsideLocked"
            : triage.PainTooHigh(pain) ? "workout.pain.outsideHigh" : "workout.pain.outsideLow";
        var advice = replies.Texts.Format(adviceKey, turn.Locale, ("pain", pain));
        await replies.SayAsync(turn.Dc, "workout.pain.outside", ("advice", advice));
        return true;
    }

    public async Task<bool> SymptomAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.SayAsync(turn.Dc, "symptom.checkIdle");
        await turn.Dc.BeginDialogAsync(DialogIds.RedFlagCheck, new RedFlagCheckOptions { Named = [.. turn.Command.RedFlagRows ?? []] }, ct);
        return true;
    }

    /// <summary>A message that is not a command, with nothing active: start the check, or say where things stand.</summary>
    public async Task StartFromIdleAsync(DialogContext dc, CoachState state, CancellationToken ct)
    {
        if (state.Intake?.CompletedAt is null)
        {
            await dc.BeginDialogAsync(DialogIds.Flow, null, ct);
        }
        else if (state.Workout is { Status: WorkoutStatus.Paused } paused)
        {
            await coach.ShowAsync(dc.Context, paused, force: true, ct);
        }
        else
        {
            await replies.HelpAsync(dc, replies.Texts.Get("welcome.back", dc.Context.Activity.Locale), ct);
        }
    }

    public Task<bool> PrivacyAsync(CommandTurn turn, CancellationToken ct) => PrivacyAsync(turn.Dc, turn.State, turn.Command.Kind, ct);

    public async Task<bool> PrivacyAsync(DialogContext dc, CoachState state, CommandKind kind, CancellationToken ct)
    {
        switch (kind)
        {
            case CommandKind.PrivacySummary:
                await dc.Context.SendActivityAsync(new Activity { Text = privacy.Summary(state, dc.Context.Activity.Locale) }, ct);
                break;
            case CommandKind.PrivacyExport:
                await dc.Context.SendActivityAsync(await privacy.ExportAsync(dc.Context, state, ct), ct);
                break;
            default:
                await dc.CancelAllDialogsAsync(ct);
                await dc.BeginDialogAsync(DialogIds.PrivacyDelete, null, ct);
                return true;
        }

        await dc.RepromptDialogAsync(ct);
        return true;
    }

    private async Task<bool> SayAsync(CommandTurn turn, string key)
    {
        await replies.SayAsync(turn.Dc, key);
        return true;
    }
}
