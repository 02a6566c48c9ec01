using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>
/// Tells the web chat page where the workout is whenever a turn moved it (a pause, "stop", "start over", a red flag,
/// a pain stop, "delete my data"...), so the page's live countdown and its old cards obey at once instead of waiting
/// for a newer card. The state rides on the turn's last message as channel data (<c>runnersKneeWorkout</c>), which
/// Web Chat keeps and does not show; a turn that moved the workout without a message sends an event activity
/// (<see cref="Name"/>) instead. Teams has no live countdown, so it gets neither.
/// </summary>
public static class WorkoutStateEvent
{
    public const string Name = "runnersKnee.workout";

    /// <summary>The channel data property the state rides in.</summary>
    public const string ChannelDataProperty = "runnersKneeWorkout";

    // The page's names of the statuses (WorkoutStatus in order), so a turn compares values and names nothing.
    private static readonly string[] StatusNames = [.. Enum.GetNames<WorkoutStatus>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    /// <summary>What the page needs to know of a session; equal snapshots mean nothing to announce.</summary>
    public readonly record struct Snapshot(string? SessionId, int Step, WorkoutStatus? Status, bool Timing);

    public static Snapshot Of(CoachState? state) => state?.Workout is { } session
        ? new Snapshot(session.Id, session.Step, session.Status, session.TimerStartedAt is not null)
        : default;

    /// <summary>Announces the workout's state when it is not where it was at the start of the turn.</summary>
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
            ["status"] = StatusName(now),
        };
        if (state?.Workout is { Status: WorkoutStatus.Paused } paused)
        {
            // "Paused at rep 10 of 15": the page finds the rep in its own timeline from the time the set had run.
            value["pausedAtMs"] = (long)paused.TimerElapsedBeforePause.TotalMilliseconds;
            value["pausedInRest"] = paused.PausedDuringRest;
        }

        // Riding on the last message costs nothing on the wire; a separate event is one more call to the channel.
        if (LastMessage(turn) is { } message)
        {
            var channelData = message.ChannelData is { ValueKind: JsonValueKind.Object } existing
                ? JsonNode.Parse(existing.GetRawText())!.AsObject()
                : new JsonObject();
            channelData[ChannelDataProperty] = value;
            message.ChannelData = BotJson.ToElement(channelData);
            return Task.CompletedTask;
        }

        return turn.SendActivityAsync(new Activity { Type = ActivityTypes.Event, Name = Name, Value = BotJson.ToElement(value) }, cancellationToken);
    }

    private static Activity? LastMessage(ITurnContext turn)
    {
        for (var i = turn.Outbox.Count - 1; i >= 0; i--)
        {
            var operation = turn.Outbox[i];
            if (operation.Kind == OutgoingOperationKind.Send && operation.Activity.Type is null or ActivityTypes.Message && operation.KeptId is null)
            {
                return operation.Activity;
            }
        }

        return null;
    }

    private static string StatusName(Snapshot snapshot) => snapshot.Status switch
    {
        null => "none",
        WorkoutStatus.Active when snapshot.Timing => "timing",
        var status => StatusNames[(int)status],
    };
}
