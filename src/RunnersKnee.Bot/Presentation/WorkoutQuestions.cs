using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Presentation;

/// <summary>The questions asked mid-workout ("what's next", "where am I", "how many left"), answered from the session.</summary>
public sealed class WorkoutQuestions(
    WorkoutPlan plan,
    WorkoutDescriber describer,
    WorkoutTimers timers,
    TextCatalog texts)
{
    /// <summary>"Now: …, Next: …, N left" from the session (and the running timer).</summary>
    public string WhatsNext(WorkoutSession session, string? locale) => string.Join(" ", new[]
    {
        Now(session, locale),
        texts.Format("workout.nextIs", locale, ("next", describer.NextStepText(session, locale))),
        describer.TotalLeftText(describer.Remaining(session), locale, session.Dosages),
    }.Where(part => part.Length > 0));

    public string WhereAmI(WorkoutSession session, string? locale) => Now(session, locale);

    public string HowManyLeft(WorkoutSession session, string? locale)
    {
        var here = WorkoutDescriber.Current(session) == WorkoutStatus.AwaitingPain
            ? texts.Format("workout.leftExerciseDone", locale, ("name", plan.ExerciseAt(session.Position).Name))
            : describer.LeftText(session.Position, locale, session.Dosages);
        return here + " " + describer.TotalLeftText(describer.Remaining(session), locale, session.Dosages);
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

        var dosage = session.DosageInUse(exercise);
        var now = texts.Format("workout.now", locale, ("name", exercise.Name), ("position", describer.Position(session.Position, locale, session.Dosages)), ("dosage", dosage.Describe()));
        var timer = describer.TimerText(session, timers.ScheduleFor(session), timers.Elapsed(session), locale);
        return timer is null ? now : $"{now} {timer}";
    }
}
