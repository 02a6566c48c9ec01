using System.Text.Json;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>What the HTTP endpoint answers after a turn: a status and, for invokes, a JSON body.</summary>
public sealed record TurnResult(int Status, JsonElement? Body = null)
{
    public static TurnResult Ok { get; } = new(200);

    /// <summary>The turn never ran because the bot is shutting down: nothing was read or written, so send it again.</summary>
    public static TurnResult ShuttingDown { get; } = new(503) { IsShuttingDown = true };

    /// <summary>True for <see cref="ShuttingDown"/>: the caller should send the activity again later.</summary>
    public bool IsShuttingDown { get; private init; }
}
