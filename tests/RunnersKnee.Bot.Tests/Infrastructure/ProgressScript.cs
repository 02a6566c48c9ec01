using System.Globalization;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>Short workouts for the progress tests: a pain score before, one set, stop, and a tap on the pain after.</summary>
public static class ProgressScript
{
    /// <summary>From anywhere outside a workout: "start workout", the pain before, one set, "stop", the pain after.</summary>
    public static async Task SessionAsync(this ConversationDriver person, int before, int after)
    {
        await person.SayAsync("start workout");
        if (!person.LastText.Contains("Before we start", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("No pain question before the workout. The bot said:\n" + person.LastText);
        }

        await person.SayAsync(before.ToString(CultureInfo.InvariantCulture));
        if (!person.ShowsSetCard)
        {
            throw new InvalidOperationException("The workout did not start. The bot said:\n" + person.LastText);
        }

        await person.SayAsync("done");
        await person.SayAsync("stop");
        await person.ClickAsync(after.ToString(CultureInfo.InvariantCulture));
    }
}
