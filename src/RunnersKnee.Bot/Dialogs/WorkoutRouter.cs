using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Commands;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Dialogs;

/// <summary>Commands during the workout: each acts on the session, then the workout dialog restarts at the new position.</summary>
public sealed class WorkoutRouter(WorkoutCoach coach, WorkoutQuestions questions, WorkoutDescriber describer, CoachReplies replies)
{
    public async Task<bool> HandleAsync(DialogContext dc, CoachState state, WorkoutSession session, Command command, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var locale = turn.Activity.Locale;
        switch (command.Kind)
        {
            case CommandKind.Done:
                await coach.CompleteAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.StartTimer:
                await coach.StartTimerAsync(turn, session, cancellationToken);
                return true;
            case CommandKind.Skip:
                await coach.SkipAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.Back:
                await coach.BackAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.Easier:
                await coach.EasierAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.Pause:
                await coach.PauseAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.Resume:
                await coach.ResumeAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.Stop:
                await coach.StopAsync(turn, state, session, cancellationToken);
                break;
            case CommandKind.StartOver:
                await replies.StartOverAsync(dc, state, cancellationToken);
                return true;
            case CommandKind.Repeat or CommandKind.Start or CommandKind.StartWorkout:
                await coach.ShowAsync(turn, session, force: true, cancellationToken);
                return true;
            case CommandKind.WhatsNext:
                await Say(questions.WhatsNext(session, locale));
                return true;
            case CommandKind.WhereAmI:
                await Say(questions.WhereAmI(session, locale));
                return true;
            case CommandKind.HowManyLeft:
                await Say(questions.HowManyLeft(session, locale));
                return true;
            case CommandKind.Help:
                await replies.HelpAsync(dc, replies.Texts.Format("help.context.workout", locale, ("position", describer.Position(session.Position, locale))), cancellationToken);
                return true;
            case CommandKind.PainReport:
                await coach.ApplyPainAsync(turn, state, session, command.Pain!.Value, cancellationToken);
                break;
            case CommandKind.SymptomReport:
                await replies.SayAsync(dc, "symptom.check");
                if (session.Status != WorkoutStatus.Paused)
                {
                    await coach.PauseAsync(turn, state, session, cancellationToken);
                }

                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(DialogIds.RedFlagCheck, null, cancellationToken);
                return true;
            default:
                return false;
        }

        await RestartAsync(dc, session, cancellationToken);
        return true;

        Task Say(string text) => turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
    }

    /// <summary>Runs the workout dialog again from the session's new position (or ends it when paused or over).</summary>
    public static async Task RestartAsync(DialogContext dc, WorkoutSession session, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (!session.IsOver && session.Status != WorkoutStatus.Paused)
        {
            await dc.BeginDialogAsync(DialogIds.Workout, null, cancellationToken);
        }
    }
}
