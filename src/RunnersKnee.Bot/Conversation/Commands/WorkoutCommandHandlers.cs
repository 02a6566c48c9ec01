using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// Commands during the workout and while it is paused. Each asks the coach for one transition; the workout dialog
/// keeps waiting on the same prompt, and ends when the session is paused or over.
/// </summary>
public sealed class WorkoutCommandHandlers(WorkoutCoach coach, WorkoutQuestions questions, WorkoutDescriber describer, CoachReplies replies)
{
    public Task<bool> DoneAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.CompleteAsync, ct);

    public Task<bool> SkipAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.SkipAsync, ct);

    public Task<bool> SkipRestAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.SkipRestAsync, ct);

    public Task<bool> MoreRestAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.MoreRestAsync, ct);

    public Task<bool> BackAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.BackAsync, ct);

    public Task<bool> EasierAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.EasierAsync, ct);

    public Task<bool> StandardAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.StandardAsync, ct);

    public Task<bool> PauseAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.PauseAsync, ct);

    public Task<bool> StopAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.StopAsync, ct);

    public Task<bool> ResumeAsync(CommandTurn turn, CancellationToken ct) => MoveAsync(turn, coach.ResumeAsync, ct);

    /// <summary>"That hurt 6/10": the session applies the pain rule; a session it ends re-asks the red-flag questions.</summary>
    public async Task<bool> PainAsync(CommandTurn turn, CancellationToken ct)
    {
        await MoveAsync(turn, (context, state, session, token) => coach.ApplyPainAsync(context, state, session, turn.Command.Pain!.Value, token), ct);
        if (turn.Session is { EndedForPain: true, IsOver: true })
        {
            await replies.SayAsync(turn.Dc, "workout.pain.recheck");
            await turn.Dc.BeginDialogAsync(DialogIds.RedFlagCheck, null, ct);
        }

        return true;
    }

    /// <summary>"Resume" with the workout dialog ended by the pause: resume, and wait for the next answer again.</summary>
    public async Task<bool> ResumePausedAsync(CommandTurn turn, CancellationToken ct)
    {
        await coach.ResumeAsync(turn.Dc.Context, turn.State, turn.Session, ct);
        await turn.Dc.BeginDialogAsync(DialogIds.Workout, null, ct);
        return true;
    }

    public async Task<bool> StartTimerAsync(CommandTurn turn, CancellationToken ct)
    {
        await coach.StartTimerAsync(turn.Dc.Context, turn.Session, ct);
        return true;
    }

    public async Task<bool> ShowAsync(CommandTurn turn, CancellationToken ct)
    {
        await coach.ShowAsync(turn.Dc.Context, turn.Session, force: true, ct);
        return true;
    }

    public Task<bool> WhatsNextAsync(CommandTurn turn, CancellationToken ct) => SayAsync(turn, questions.WhatsNext(turn.Session, turn.Locale), ct);

    public Task<bool> WhereAmIAsync(CommandTurn turn, CancellationToken ct) => SayAsync(turn, questions.WhereAmI(turn.Session, turn.Locale), ct);

    public Task<bool> HowManyLeftAsync(CommandTurn turn, CancellationToken ct) => SayAsync(turn, questions.HowManyLeft(turn.Session, turn.Locale), ct);

    public async Task<bool> HelpAsync(CommandTurn turn, CancellationToken ct)
    {
        var context = replies.Texts.Format("help.context.workout", turn.Locale, ("position", describer.Position(turn.Session.Position, turn.Locale, turn.Session.Dosages)));
        await replies.HelpAsync(turn.Dc, context, ct);
        return true;
    }

    /// <summary>A warning symptom mid-workout: pause, then the red-flag questions again.</summary>
    public async Task<bool> SymptomAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.SayAsync(turn.Dc, "symptom.check");
        if (turn.Session.Status != WorkoutStatus.Paused)
        {
            await coach.PauseAsync(turn.Dc.Context, turn.State, turn.Session, ct);
        }

        await turn.Dc.CancelAllDialogsAsync(ct);
        await turn.Dc.BeginDialogAsync(DialogIds.RedFlagCheck, new RedFlagCheckOptions { Named = [.. turn.Command.RedFlagRows ?? []] }, ct);
        return true;
    }

    private static async Task<bool> MoveAsync(CommandTurn turn, Func<BotFramework.Turns.ITurnContext, CoachState, WorkoutSession, CancellationToken, Task> move, CancellationToken ct)
    {
        var session = turn.Session;
        await move(turn.Dc.Context, turn.State, session, ct);

        // The workout dialog waits only while there is a set, a rest or a pain check to answer.
        if (session.IsOver || session.Status == WorkoutStatus.Paused)
        {
            await turn.Dc.CancelAllDialogsAsync(ct);
        }

        return true;
    }

    private static async Task<bool> SayAsync(CommandTurn turn, string text, CancellationToken ct)
    {
        await turn.Dc.Context.SendActivityAsync(new Activity { Text = text }, ct);
        return true;
    }
}
