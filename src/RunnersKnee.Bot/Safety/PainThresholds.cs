namespace RunnersKnee.Bot.Safety;

/// <summary>The pain-monitoring numbers (research A4) from <c>Content/Safety/thresholds.json</c>.</summary>
public sealed record PainThresholds(int RestMax, int EaseFrom, int StopFrom, int EndFrom, int StrikesToEnd)
{
    /// <summary>Pain at rest that rules out exercise today.</summary>
    public bool TooHighToExercise(int pain) => pain > RestMax;

    /// <summary>What a pain score during the workout calls for.</summary>
    public PainVerdict Judge(int pain) =>
        pain >= EndFrom ? PainVerdict.EndSession
        : pain >= StopFrom ? PainVerdict.Stop : pain >= EaseFrom ? PainVerdict.Ease : PainVerdict.CarryOn;
}
