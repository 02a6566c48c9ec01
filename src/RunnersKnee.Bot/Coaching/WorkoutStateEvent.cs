using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>
/// Tells the web chat page where the workout is whenever a turn moved it (a pause, "stop", "start over", a red flag,
/// a pain stop, "delete my data"...), as an event activity the page reads and Web Chat does not show. The page's live
/// countdown obeys it at once instead of waiting for a newer card. Teams has no live countdown, so it gets none.
/// </summary>
public static class WorkoutStateEvent
{
    public const string Name = "runnersKnee.workout";

    /// <summary>What the page needs to know of a session; equal snapshots mean nothing to announce.</summary>
    public readonly record struct Snapshot(string? SessionId, int Step, string Status);

    public static Snapshot Of(CoachState? state) => state?.Workout is { } session
        ? new Snapshot(session.Id, session.Step, StatusName(session))
        : new Snapshot(null, 0, "none");

    /// <summary>Sends the event when the workout is not where it was at the start of the turn.</summary>
    public static Task AnnounceIfMovedAsync(ITurnContext turn, Snapshot before, CoachState? state, CancellationToken cancellationToken)
    {
        var now = Of(state);
        if (now == before || turn.Activity.ChannelId is not (Channels.WebChat or Channels.DirectLine))
        {
            return Task.CompletedTask;
        }

        var value = new JsonObject
        {
            ["sessionId"] = now.SessionId,
            ["step"] = now.Step,
            ["status"] = now.Status,
        };
        if (state?.Workout is { Status: WorkoutStatus.Paused } paused)
        {
            // "Paused at rep 10 of 15": the page finds the rep in its own timeline from the time the set had run.
            value["pausedAtMs"] = (long)paused.TimerElapsedBeforePause.TotalMilliseconds;
            value["pausedInRest"] = paused.PausedDuringRest;
        }

        return turn.SendActivityAsync(new Activity { Type = ActivityTypes.Event, Name = Name, Value = BotJson.ToElement(value) }, cancellationToken);
    }

    private static string StatusName(WorkoutSession session) => session.Status switch
    {
        WorkoutStatus.Active when session.TimerStartedAt is not null => "timing",
        var status => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString()),
    };

}
