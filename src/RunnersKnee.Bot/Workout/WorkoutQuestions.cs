using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Texts;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The commands that act on a running workout from anywhere in it: pause, resume, stop, pain reports, and the
/// questions ("what's next", "where am I", "how many left"), all answered from the session.
/// </summary>
public sealed class WorkoutCommands(
    WorkoutPlan plan,
    WorkoutCoach coach,
    WorkoutDescriber describer,
    WorkoutTimers timers,
    Cards.WorkoutCards cards,
    TextCatalog texts,
    TimeProvider time)
{
    /// <summary>Pain at or above this stops the exercise (research A4: 6–10 is "too much").</summary>
    public const int StopThreshold = 6;

    /// <summary>Pain at or above this (and below <see cref="StopThreshold"/>) calls for the easier version.</summary>
    public const int EasierThreshold = 4;

    public async Task PauseAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (session.Status == WorkoutStatus.Paused)
        {
            await coach.ShowAsync(turn, session, force: true, cancellationToken);
            return;
        }

        if (session.TimerStartedAt is not null)
        {
            session.TimerElapsedBeforePause = timers.Elapsed(session);
            session.TimerStartedAt = null;
        }

        session.PausedFrom = session.Status == WorkoutStatus.Resting ? WorkoutStatus.Active : session.Status;
        session.PausedAt = time.GetUtcNow();
        await timers.CancelRestAsync(turn, cancellationToken);
        WorkoutCoach.Move(session, WorkoutStatus.Paused);
        await timers.ScheduleResumeReminderAsync(turn, state, session, cancellationToken);
        await coach.ShowAsync(turn, session, force: false, cancellationToken);
    }

    public async Task ResumeAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (session.Status != WorkoutStatus.Paused)
        {
            await SayAsync(turn, texts.Get("workout.notPaused", turn.Activity.Locale), cancellationToken);
            await coach.ShowAsync(turn, session, force: true, cancellationToken);
            return;
        }

        await timers.CancelAllAsync(turn, cancellationToken);
        if (session.TimerElapsedBeforePause > TimeSpan.Zero)
        {
            // The countdown carries on from where it was paused.
            session.TimerStartedAt = time.GetUtcNow();
        }

        session.PausedAt = null;
        WorkoutCoach.Move(session, session.PausedFrom ?? WorkoutStatus.Active);
        session.PausedFrom = null;
        await SayAsync(turn, texts.Get("workout.resume", turn.Activity.Locale), cancellationToken);
        await coach.ShowAsync(turn, session, force: false, cancellationToken);
    }

    public async Task StopAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        await timers.CancelAllAsync(turn, cancellationToken);
        session.StopTimer();
        WorkoutCoach.Move(session, WorkoutStatus.Stopped);
        await SayAsync(turn, texts.Get("workout.stopped", turn.Activity.Locale), cancellationToken);
        await turn.SendActivityAsync(new Activity { Attachments = [cards.Summary(session, turn.Activity.Locale)] }, cancellationToken);
    }

    /// <summary>
    /// The pain-monitoring rule (research A4): 0–3 carry on; 4–5 offer the easier version; 6 or more stop that
    /// exercise, and a second such exercise ends the session with a suggestion to see a physical therapist.
    /// </summary>
    public async Task ApplyPainAsync(ITurnContext turn, WorkoutSession session, int pain, bool afterExercise, CancellationToken cancellationToken)
    {
        var locale = turn.Activity.Locale;
        var exercise = plan.ExerciseAt(session.Position);
        var result = session.ResultFor(exercise.Id);
        result.Pain = Math.Max(result.Pain ?? 0, pain);
        if (pain >= StopThreshold)
        {
            session.PainStrikes++;
            if (session.PainStrikes >= 2)
            {
                await SayAsync(turn, texts.Get("workout.pain.endSession", locale), cancellationToken);
                await StopAsync(turn, session, cancellationToken);
                return;
            }

            await SayAsync(turn, texts.Format("workout.pain.stop", locale, ("pain", pain), ("name", exercise.Name)), cancellationToken);
            if (!afterExercise)
            {
                result.Skipped = result.SetsDone == 0;
            }

            await coach.NextExerciseAsync(turn, session, cancellationToken);
            return;
        }

        if (pain >= EasierThreshold)
        {
            await SayAsync(turn, texts.Format("workout.pain.offerEasier", locale, ("pain", pain)), cancellationToken);
            if (afterExercise)
            {
                session.EasierNext = true;
                await coach.NextExerciseAsync(turn, session, cancellationToken);
            }
            else
            {
                await coach.EasierAsync(turn, session, cancellationToken);
            }

            return;
        }

        await SayAsync(turn, texts.Format("workout.pain.ok", locale, ("pain", pain)), cancellationToken);
        if (afterExercise)
        {
            await coach.NextExerciseAsync(turn, session, cancellationToken);
        }
    }

    /// <summary>"Now: …, Next: …, N left" from the session (and the running timer).</summary>
    public string WhatsNext(WorkoutSession session, string? locale) => string.Join(" ", new[]
    {
        Now(session, locale),
        texts.Format("workout.nextIs", locale, ("next", describer.NextStepText(session, locale))),
        describer.TotalLeftText(describer.Remaining(session), locale),
    }.Where(part => part.Length > 0));

    public string WhereAmI(WorkoutSession session, string? locale) => Now(session, locale);

    public string HowManyLeft(WorkoutSession session, string? locale)
    {
        var here = WorkoutDescriber.Current(session) == WorkoutStatus.AwaitingPain
            ? texts.Format("workout.leftExerciseDone", locale, ("name", plan.ExerciseAt(session.Position).Name))
            : describer.LeftText(session.Position, locale);
        return here + " " + describer.TotalLeftText(describer.Remaining(session), locale);
    }

    private string Now(WorkoutSession session, string? locale)
    {
        var exercise = plan.ExerciseAt(session.Position);
        switch (WorkoutDescriber.Current(session))
        {
            case WorkoutStatus.Resting:
                return texts.Format("workout.nowResting", locale, ("name", exercise.Name));
            case WorkoutStatus.AwaitingPain:
                return texts.Format("workout.nowPainCheck", locale, ("name", exercise.Name));
        }

        var dosage = session.ResultFor(exercise.Id).Easier ? exercise.Easier.Dosage : exercise.Dosage;
        var now = texts.Format("workout.now", locale, ("name", exercise.Name), ("position", describer.Position(session.Position, locale)), ("dosage", dosage.Describe()));
        var timer = describer.TimerText(session, timers.ScheduleFor(session), timers.Elapsed(session), locale);
        return timer is null ? now : $"{now} {timer}";
    }

    private static Task SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
}
