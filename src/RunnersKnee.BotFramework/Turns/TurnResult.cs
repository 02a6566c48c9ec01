using System.Text.Json;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>What the HTTP endpoint answers after a turn: a status and, for invokes, a JSON body.</summary>
public sealed record TurnResult(int Status, JsonElement? Body = null)
{
    public static TurnResult Ok { get; } = new(200);
}
