namespace RunnersKnee.Bot.Progress;

/// <summary>
/// Sessions this week (Monday to Sunday, UTC: the coach does not know the person's time zone) against the weekly goal.
/// Rest days are part of the plan, so the goal is weekly, not a daily streak (research C, row 17).
/// </summary>
public sealed record WeeklyProgress(int SessionsThisWeek, int Goal)
{
    public static WeeklyProgress From(CoachHistory history, int defaultGoal, DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var start = new DateTimeOffset(monday, TimeSpan.Zero);
        return new WeeklyProgress(history.SessionsSince(start).Count(s => s.CountsAsSession), history.WeeklyGoal ?? defaultGoal);
    }
}
