using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Cards;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Texts;
using RunnersKnee.Bot.Timers;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// Moves a workout session: start, show, set done, rest, pain check, skip, back, easier. Every move bumps
/// <see cref="WorkoutSession.Step"/>, so cards and timers from before the move are recognised as stale.
/// </summary>
public sealed class WorkoutCoach(
    WorkoutPlan plan,
    WorkoutCards cards,
    WorkoutDescriber describer,
    WorkoutTimers timers,
    TextCatalog texts,
    TimeProvider time)
{
    public async Task StartAsync(ITurnContext turn, CoachState state, CancellationToken cancellationToken)
    {
        await timers.CancelAllAsync(turn, cancellationToken);
        state.Workout = new WorkoutSession
        {
            Id = Guid.NewGuid().ToString("N")[..12],
            Step = 1,
            Status = WorkoutStatus.Active,
            Position = plan.First,
            StartedAt = time.GetUtcNow(),
        };
        await SayAsync(turn, texts.Get("workout.start", turn.Activity.Locale), cancellationToken);
        await ShowAsync(turn, state.Workout, force: true, cancellationToken);
    }

    /// <summary>Shows the card for where the session is (once per step unless forced).</summary>
    public async Task ShowAsync(ITurnContext turn, WorkoutSession session, bool force, CancellationToken cancellationToken)
    {
        if (!force && session.ShownStep == session.Step)
        {
            return;
        }

        session.ShownStep = session.Step;
        var locale = turn.Activity.Locale;
        var channel = turn.Activity.ChannelId ?? string.Empty;
        Attachment card = session.Status switch
        {
            WorkoutStatus.Active => cards.ExerciseStep(session, channel, locale, turn.Activity.From?.Id),
            WorkoutStatus.Resting => cards.Rest(session, timers.RestSeconds, channel, locale),
            WorkoutStatus.AwaitingPain => cards.PainCheck(session, plan.ExerciseAt(session.Position).Name, locale),
            WorkoutStatus.Paused => cards.Paused(session, locale),
            _ => cards.Summary(session, locale),
        };
        await turn.SendActivityAsync(new Activity { Attachments = [card], InputHint = InputHints.ExpectingInput }, cancellationToken);
        if (session.Status == WorkoutStatus.Active && session.TimerStartedAt is not null)
        {
            await SendTimerAsync(turn, session, cancellationToken);
        }
        else if (session.Status == WorkoutStatus.Resting && IsWebChat(turn) && session.RestEndsAt is { } restEnds)
        {
            // The page counts the rest down and moves on by itself when it ends.
            var rest = cards.LiveTimer(session, SetSchedule.RestOnly(timers.RestSeconds), restEnds.AddSeconds(-timers.RestSeconds), locale);
            await turn.SendActivityAsync(new Activity { Attachments = [rest] }, cancellationToken);
        }
    }

    /// <summary>Starts (or restarts) the guided countdown for the current set.</summary>
    public async Task StartTimerAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        // A distance exercise has no timed reps: an empty countdown would only say "0 reps, about 0 s".
        if (session.Status != WorkoutStatus.Active || timers.ScheduleFor(session).Phases.Count == 0)
        {
            await ShowAsync(turn, session, force: true, cancellationToken);
            return;
        }

        session.TimerStartedAt = time.GetUtcNow();
        session.TimerElapsedBeforePause = TimeSpan.Zero;
        await SendTimerAsync(turn, session, cancellationToken);
    }

    /// <summary>"Done": finishes the set (or the rest) and moves on.</summary>
    public async Task CompleteAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        switch (session.Status)
        {
            case WorkoutStatus.Resting:
                await timers.CancelRestAsync(turn, cancellationToken);
                Move(session, WorkoutStatus.Active);
                break;
            case WorkoutStatus.Active:
                var exercise = plan.ExerciseAt(session.Position);
                session.ResultFor(exercise.Id).SetsDone++;
                session.StopTimer();
                if (plan.IsLastSetOfExercise(session.Position))
                {
                    Move(session, WorkoutStatus.AwaitingPain);
                }
                else
                {
                    session.Position = plan.Next(session.Position)!;
                    Move(session, WorkoutStatus.Resting);
                    session.RestEndsAt = time.GetUtcNow().AddSeconds(timers.RestSeconds);
                    await timers.ScheduleRestOverAsync(turn, state, session, cancellationToken);
                    await SayAsync(turn, texts.Format("workout.setDone", turn.Activity.Locale, ("left", describer.TotalLeftText(session.Position, turn.Activity.Locale))), cancellationToken);
                }

                break;
            default:
                await ShowAsync(turn, session, force: true, cancellationToken);
                return;
        }

        await ShowAsync(turn, session, force: false, cancellationToken);
    }

    /// <summary>Moves to the first set of the next exercise, or finishes the workout.</summary>
    public async Task NextExerciseAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        session.StopTimer();
        if (plan.NextExercise(session.Position) is { } next)
        {
            session.Position = next;
            if (session.EasierNext)
            {
                session.ResultFor(plan.ExerciseAt(next).Id).Easier = true;
                session.EasierNext = false;
            }

            Move(session, WorkoutStatus.Active);
        }
        else
        {
            Move(session, WorkoutStatus.Finished);
            await timers.CancelAllAsync(turn, cancellationToken);
        }

        await ShowAsync(turn, session, force: false, cancellationToken);
    }

    public async Task SkipAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (session.Status == WorkoutStatus.AwaitingPain)
        {
            // Every set is done: only the pain question is skipped, not the exercise.
            await NextExerciseAsync(turn, session, cancellationToken);
            return;
        }

        var exercise = plan.ExerciseAt(session.Position);
        session.ResultFor(exercise.Id).Skipped = true;
        await timers.CancelRestAsync(turn, cancellationToken);
        await SayAsync(turn, texts.Format("workout.skipped", turn.Activity.Locale, ("name", exercise.Name)), cancellationToken);
        await NextExerciseAsync(turn, session, cancellationToken);
    }

    public async Task BackAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        // Waiting for the pain score, the set to redo is the one just finished; otherwise it is the one before.
        var target = session.Status == WorkoutStatus.AwaitingPain ? session.Position : plan.Previous(session.Position);

        if (target is null)
        {
            await SayAsync(turn, texts.Get("workout.backFirst", turn.Activity.Locale), cancellationToken);
            await ShowAsync(turn, session, force: true, cancellationToken);
            return;
        }

        // The set gone back to is done again, so it must not count twice.
        var result = session.ResultFor(plan.ExerciseAt(target).Id);
        result.SetsDone = Math.Max(0, result.SetsDone - 1);
        result.Skipped = false;
        session.Position = target;
        session.StopTimer();
        await timers.CancelRestAsync(turn, cancellationToken);
        Move(session, WorkoutStatus.Active);
        await SayAsync(turn, texts.Format("workout.backTo", turn.Activity.Locale, ("name", describer.Describe(session, target, turn.Activity.Locale))), cancellationToken);
        await ShowAsync(turn, session, force: false, cancellationToken);
    }

    public async Task EasierAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (session.Status == WorkoutStatus.AwaitingPain)
        {
            // The exercise is finished; "easier" is about the next one, and the pain question still stands.
            session.EasierNext = true;
            await SayAsync(turn, texts.Get("workout.easierNext", turn.Activity.Locale), cancellationToken);
            await ShowAsync(turn, session, force: true, cancellationToken);
            return;
        }

        var exercise = plan.ExerciseAt(session.Position);
        var result = session.ResultFor(exercise.Id);
        if (result.Easier)
        {
            await SayAsync(turn, texts.Get("workout.easierAlready", turn.Activity.Locale), cancellationToken);
            return;
        }

        result.Easier = true;
        session.StopTimer();
        Move(session, session.Status == WorkoutStatus.Resting ? WorkoutStatus.Resting : WorkoutStatus.Active);
        await SayAsync(turn, texts.Format("workout.easierOn", turn.Activity.Locale, ("name", exercise.Name), ("description", exercise.Easier.Description)), cancellationToken);
        await ShowAsync(turn, session, force: false, cancellationToken);
    }

    /// <summary>A new step: the session changed, every card shown before is now stale.</summary>
    public static void Move(WorkoutSession session, WorkoutStatus status)
    {
        session.Status = status;
        session.Step++;
    }

    private async Task SendTimerAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        var schedule = timers.ScheduleFor(session);
        var attachment = IsWebChat(turn)
            ? cards.LiveTimer(session, schedule, session.TimerStartedAt!.Value - session.TimerElapsedBeforePause, turn.Activity.Locale)
            : cards.TimerCard(session, schedule, turn.Activity.ChannelId ?? string.Empty, turn.Activity.Locale);
        await turn.SendActivityAsync(new Activity { Attachments = [attachment], Speak = describer.TimerSummary(schedule, turn.Activity.Locale) }, cancellationToken);
    }

    private static bool IsWebChat(ITurnContext turn) => turn.Activity.ChannelId is Channels.WebChat or Channels.DirectLine;

    private static Task SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
}
