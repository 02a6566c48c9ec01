namespace RunnersKnee.Bot.Scheduling;

/// <summary>One phase of a set: what to do, for which rep (0 for lead-in and rest), from when and for how long.</summary>
public sealed record TimerPhase(TimerPhaseKind Kind, int Rep, TimeSpan Start, TimeSpan Duration)
{
    public TimeSpan End => Start + Duration;
}
