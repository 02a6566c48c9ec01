namespace RunnersKnee.Bot.Programme;

/// <summary>
/// One decision about one exercise: from level <see cref="From"/> to <see cref="To"/>, and why. <see cref="To"/> equals
/// <see cref="From"/> when an easing was due at the bottom of the ladder: the exercise stays at its easiest level.
/// </summary>
public sealed record LevelChange(string ExerciseId, int From, int To, LevelChangeReason Reason)
{
    public bool IsUp => To > From;
}
