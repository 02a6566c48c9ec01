using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// An inbound activity id already acted on, remembered until <see cref="ExpiresAt"/>. Every turn reads and writes up to
/// <see cref="TurnOptions.MaxRememberedActivityIds"/> of them, so the serializer builds them through the parameterless
/// constructor and the setters: a constructor with parameters costs it a buffer of arguments per id.
/// </summary>
public sealed record ProcessedActivity
{
    public ProcessedActivity(string id, DateTimeOffset expiresAt)
    {
        Id = id;
        ExpiresAt = expiresAt;
    }

    [JsonConstructor]
    public ProcessedActivity()
    {
    }

    public string Id { get; init; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; init; }
}
