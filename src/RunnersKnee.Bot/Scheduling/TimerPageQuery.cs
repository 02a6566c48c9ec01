using System.Globalization;
using System.Text;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// The timer page's query string: the exercise name, the phase timeline and which set it is (the session id and
/// step the page hands back when the set is done, as a card's button would), nothing personal, so the page needs no
/// sign-in and no access to the person's state.
/// </summary>
public static class TimerPageQuery
{
    public static string For(string title, SetSchedule schedule, string sessionId, int step)
    {
        var phases = string.Join(";", schedule.Phases.Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Kind.ToString().ToLowerInvariant()},{p.Rep},{(long)p.Start.TotalMilliseconds},{(long)p.Duration.TotalMilliseconds}")));
        var builder = new StringBuilder();
        builder.Append("title=").Append(Uri.EscapeDataString(title));
        builder.Append("&reps=").Append(schedule.Reps.ToString(CultureInfo.InvariantCulture));
        builder.Append("&phases=").Append(Uri.EscapeDataString(phases));
        builder.Append("&sessionId=").Append(Uri.EscapeDataString(sessionId));
        builder.Append("&step=").Append(step.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
