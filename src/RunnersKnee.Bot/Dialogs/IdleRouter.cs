using RunnersKnee.Bot.Cards;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Commands;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Dialogs;

/// <summary>Commands outside the workout: with nothing active, and while a question is waiting (intake, safety screen, offers).</summary>
public sealed class IdleRouter(
    CoachReplies replies,
    CoachCards cards,
    WorkoutCoach coach,
    WorkoutQuestions questions,
    PrivacyService privacy,
    Safety.TriageRules triage)
{
    public async Task<bool> HandleAsync(DialogContext dc, CoachState state, Command command, CancellationToken cancellationToken)
    {
        var paused = state.Workout is { Status: WorkoutStatus.Paused } session ? session : null;
        var locale = dc.Context.Activity.Locale;
        switch (command.Kind)
        {
            case CommandKind.Start when state.Intake?.CompletedAt is not null:
                await replies.SayAsync(dc, "welcome.back");
                break;
            case CommandKind.Start:
                await dc.BeginDialogAsync(DialogIds.Flow, null, cancellationToken);
                break;
            case CommandKind.StartWorkout:
                await replies.StartWorkoutAsync(dc, state, cancellationToken);
                break;
            case CommandKind.Resume when paused is not null:
                await coach.ResumeAsync(dc.Context, state, paused, cancellationToken);
                await dc.BeginDialogAsync(DialogIds.Workout, null, cancellationToken);
                break;
            case CommandKind.Stop when paused is not null:
                await coach.StopAsync(dc.Context, state, paused, cancellationToken);
                break;
            case CommandKind.WhatsNext or CommandKind.WhereAmI or CommandKind.HowManyLeft when paused is not null:
                await dc.Context.SendActivityAsync(new Activity { Text = questions.WhatsNext(paused, locale) }, cancellationToken);
                break;
            case CommandKind.WhatsNext or CommandKind.WhereAmI or CommandKind.HowManyLeft:
                await replies.SayAsync(dc, state.Intake?.CompletedAt is null ? "next.idle" : state.WorkoutLocked ? "next.locked" : "next.afterIntake");
                break;
            case CommandKind.Repeat or CommandKind.Skip or CommandKind.Back or CommandKind.Easier or CommandKind.Done or CommandKind.StartTimer or CommandKind.Pause when paused is not null:
                await coach.ShowAsync(dc.Context, paused, force: true, cancellationToken);
                break;
            case CommandKind.Repeat:
                await dc.Context.SendActivityAsync(new Activity { Attachments = [cards.Welcome(locale)] }, cancellationToken);
                break;
            case CommandKind.Help:
                await replies.HelpAsync(dc, replies.Texts.Get("help.context.idle", locale), cancellationToken);
                break;
            case CommandKind.StartOver:
                await replies.StartOverAsync(dc, state, cancellationToken);
                break;
            case CommandKind.Stop:
                await replies.SayAsync(dc, "stop.outside");
                break;
            case CommandKind.PainReport:
                var pain = command.Pain!.Value;
                var adviceKey = state.WorkoutLocked ? "workout.pain.outsideLocked"
                    : triage.PainTooHigh(pain) ? "workout.pain.outsideHigh" : "workout.pain.outsideLow";
                var advice = replies.Texts.Format(adviceKey, locale, ("pain", pain));
                await replies.SayAsync(dc, "workout.pain.outside", ("advice", advice));
                break;
            case CommandKind.SymptomReport:
                await replies.SayAsync(dc, "symptom.check");
                await dc.BeginDialogAsync(DialogIds.RedFlagCheck, null, cancellationToken);
                break;
            default:
                await replies.SayAsync(dc, "workout.noWorkout");
                break;
        }

        return true;
    }

    /// <summary>While the intake, the safety screen or an offer waits for an answer: answer the command, then ask again.</summary>
    public async Task<bool> HandleWhileAskingAsync(DialogContext dc, CoachState state, ConversationMode mode, Command command, CancellationToken cancellationToken)
    {
        var locale = dc.Context.Activity.Locale;

        // "Go ahead", "ready", "let's go" answer a yes/no question such as the workout offer; they are not orders there.
        if (mode == ConversationMode.Question
            && command.Kind is CommandKind.StartTimer or CommandKind.Resume or CommandKind.Start
            && dc.ActiveDialog?.Id == DialogIds.ConfirmPrompt
            && ConfirmRecognizer.Recognize(DialogInput.GetText(dc.Context.Activity)) is not null)
        {
            return false;
        }

        switch (command.Kind)
        {
            case CommandKind.PainReport or CommandKind.SymptomReport:
                // The questions being asked cover these; let the answer reach them.
                return false;
            case CommandKind.StartWorkout when mode == ConversationMode.Question:
                await replies.StartWorkoutAsync(dc, state, cancellationToken);
                return true;
            case CommandKind.StartOver:
                await replies.StartOverAsync(dc, state, cancellationToken);
                return true;
            case CommandKind.Stop:
                await dc.CancelAllDialogsAsync(cancellationToken);
                state.CurrentQuestion = null;
                if (mode == ConversationMode.Screening && state.Workout is { IsOver: false } unscreened)
                {
                    // The workout was paused for these safety questions; it must not carry on without their answers.
                    await coach.StopAsync(dc.Context, state, unscreened, cancellationToken);
                }
                else
                {
                    await replies.SayAsync(dc, "stop.outside");
                }

                return true;
            case CommandKind.Back when mode == ConversationMode.Intake:
                return await StepBackAsync(dc, cancellationToken);
            case CommandKind.Help:
                await replies.HelpAsync(dc, replies.Texts.Get("help.context.intake", locale), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            case CommandKind.WhatsNext or CommandKind.WhereAmI or CommandKind.HowManyLeft:
                await replies.SayAndRepromptAsync(dc, "next.intake", cancellationToken);
                return true;
            case CommandKind.Skip:
                await replies.SayAndRepromptAsync(dc, "intake.cannotSkip", cancellationToken);
                return true;
            case CommandKind.Pause:
                await replies.SayAsync(dc, "intake.waiting");
                return true;
            case CommandKind.Repeat or CommandKind.Resume or CommandKind.Start or CommandKind.Back:
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            default:
                await replies.SayAndRepromptAsync(dc, "intake.notNow", cancellationToken);
                return true;
        }
    }

    public async Task StartFromIdleAsync(DialogContext dc, CoachState state, CancellationToken cancellationToken)
    {
        if (state.Intake?.CompletedAt is null)
        {
            await dc.BeginDialogAsync(DialogIds.Flow, null, cancellationToken);
        }
        else if (state.Workout is { Status: WorkoutStatus.Paused } paused)
        {
            await coach.ShowAsync(dc.Context, paused, force: true, cancellationToken);
        }
        else
        {
            await replies.HelpAsync(dc, replies.Texts.Get("welcome.back", dc.Context.Activity.Locale), cancellationToken);
        }
    }

    public async Task<bool> PrivacyAsync(DialogContext dc, CoachState state, CommandKind kind, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case CommandKind.PrivacySummary:
                await dc.Context.SendActivityAsync(new Activity { Text = privacy.Summary(state, dc.Context.Activity.Locale) }, cancellationToken);
                break;
            case CommandKind.PrivacyExport:
                await dc.Context.SendActivityAsync(await privacy.ExportAsync(dc.Context, state, cancellationToken), cancellationToken);
                break;
            default:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(DialogIds.PrivacyDelete, null, cancellationToken);
                return true;
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return true;
    }

    private async Task<bool> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // The intake waits on a prompt; drop it and let the intake ask the previous question again.
        var intakeIndex = dc.Stack.ToList().FindIndex(instance => instance.Id == DialogIds.Intake);
        while (dc.ActiveDialog is { } active && active.Id != DialogIds.Intake)
        {
            await dc.AbandonActiveDialogAsync(cancellationToken);
        }

        if (intakeIndex < 0 || dc.FindDialog(DialogIds.Intake) is not WaterfallDialog intake)
        {
            return false;
        }

        if (WaterfallDialog.CurrentStep(dc.ActiveDialog!) == 0)
        {
            await replies.SayAsync(dc, "intake.backFirst");
        }

        await intake.StepBackAsync(dc, cancellationToken);
        return true;
    }
}
