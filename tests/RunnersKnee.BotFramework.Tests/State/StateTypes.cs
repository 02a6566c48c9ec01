namespace RunnersKnee.BotFramework.Tests.State;

/// <summary>The kinds of values a coaching bot keeps between turns.</summary>
public enum KneeSide
{
    Left = 1,
    Right = 2,
    Both = 3,
}

/// <summary>A nested record with the number types that used to come back as <c>long</c> or <c>double</c>.</summary>
public sealed record WorkoutProgress(
    int SetIndex,
    long TotalHoldMilliseconds,
    double PainScore,
    KneeSide Side,
    DateTimeOffset StartedAt,
    IReadOnlyList<ExerciseLog> Exercises,
    IReadOnlyDictionary<string, int> PainBySet,
    int? SkippedAt);

/// <summary>One exercise inside <see cref="WorkoutProgress"/>.</summary>
public sealed record ExerciseLog(string Name, int Reps, TimeSpan Hold);
