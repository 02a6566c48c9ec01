namespace RunnersKnee.Bot.Workout;

/// <summary>Something a transition has to tell the person, in the order it happened.</summary>
public enum WorkoutNoteKind
{
    SetDone,
    RestOver,
    Skipped,
    BackAtFirst,
    WentBack,
    EasierNextOn,
    EasierAlreadyOn,
    EasierOn,
    StandardNextOn,
    StandardAlreadyOn,
    StandardOn,
    NotPaused,
    Resumed,

    /// <summary>Resumed after a pause long enough to be an absence: "Welcome back".</summary>
    ResumedAfterAbsence,
    RestExtended,
    NotResting,
    Stopped,
    PainOk,
    PainEase,
    PainStopExercise,
    PainEndsSession,
    PainTooHighEndsSession,
}
