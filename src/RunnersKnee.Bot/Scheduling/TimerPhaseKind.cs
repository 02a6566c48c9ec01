namespace RunnersKnee.Bot.Scheduling;

/// <summary>The phases of a guided set, as the countdown names them.</summary>
public enum TimerPhaseKind
{
    LeadIn,
    Move,
    Hold,
    Release,
    Rest,
}
