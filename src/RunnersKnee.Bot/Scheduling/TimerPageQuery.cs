using System.Globalization;
using System.Text;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// The timer page's query string: the exercise name and the phase timeline, nothing personal, so the page needs
/// no sign-in and no access to the person's state.
/// </summary>
public static class TimerPageQuery
{
    public static string For(string title, SetSchedule schedule)
    {
        var phases = string.Join(";", schedule.Phases.Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Kind.ToString().ToLowerInvariant()},{p.Rep},{(long)p.Start.TotalMilliseconds},{(long)p.Duration.TotalMilliseconds}")));
        var builder = new StringBuilder();
        builder.Append("title=").Append(Uri.EscapeDataString(title));
        builder.Append("&reps=").Append(schedule.Reps.ToString(CultureInfo.InvariantCulture));
        builder.Append("&phases=").Append(Uri.EscapeDataString(phases));
        return builder.ToString();
    }
}
