using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Presentation;

/// <summary>The sentence for each <see cref="WorkoutNote"/>, from the reviewed texts.</summary>
public sealed class WorkoutNoteTexts(WorkoutPlan plan, WorkoutDescriber describer, TextCatalog texts)
{
    public string For(WorkoutNote note, WorkoutSession session, string? locale)
    {
        var exercise = plan.ExerciseAt(note.At);
        return note.Kind switch
        {
            WorkoutNoteKind.SetDone => texts.Format("workout.setDone", locale, ("left", describer.TotalLeftText(note.At, locale, session.Dosages))),
            WorkoutNoteKind.RestOver => texts.Get("workout.restOver", locale),
            WorkoutNoteKind.Skipped => texts.Format("workout.skipped", locale, ("name", exercise.Name)),
            WorkoutNoteKind.BackAtFirst => texts.Get("workout.backFirst", locale),
            WorkoutNoteKind.WentBack => texts.Format("workout.backTo", locale, ("name", describer.Describe(session, note.At, locale))),
            WorkoutNoteKind.EasierNextOn => texts.Get("workout.easierNext", locale),
            WorkoutNoteKind.EasierAlreadyOn => texts.Get("workout.easierAlready", locale),
            WorkoutNoteKind.EasierOn => texts.Format("workout.easierOn", locale, ("name", exercise.Name), ("description", exercise.Easier.Description)),
            WorkoutNoteKind.StandardNextOn => texts.Get("workout.standardNext", locale),
            WorkoutNoteKind.StandardAlreadyOn => texts.Get("workout.standardAlready", locale),
            WorkoutNoteKind.StandardOn => texts.Format("workout.standardOn", locale, ("name", exercise.Name)),
            WorkoutNoteKind.NotPaused => texts.Get("workout.notPaused", locale),
            WorkoutNoteKind.Resumed => texts.Get("workout.resume", locale),
            WorkoutNoteKind.ResumedAfterAbsence => texts.Get("workout.resumeAfterAbsence", locale),
            WorkoutNoteKind.RestExtended => texts.Format("workout.restExtended", locale, ("seconds", note.Seconds)),
            WorkoutNoteKind.NotResting => texts.Get("workout.notResting", locale),
            WorkoutNoteKind.Stopped => texts.Get("workout.stopped", locale),
            WorkoutNoteKind.PainOk => texts.Format("workout.pain.ok", locale, ("pain", note.Pain)),
            WorkoutNoteKind.PainEase => texts.Format("workout.pain.offerEasier", locale, ("pain", note.Pain)),
            WorkoutNoteKind.PainStopExercise => texts.Format("workout.pain.stop", locale, ("pain", note.Pain), ("name", exercise.Name)),
            WorkoutNoteKind.PainEndsSession => texts.Get("workout.pain.endSession", locale),
            WorkoutNoteKind.PainTooHighEndsSession => texts.Format("workout.pain.tooHigh", locale, ("pain", note.Pain)),
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "No text for this note."),
        };
    }
}
