using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// An inbound activity id already acted on, remembered until <see cref="ExpiresAt"/>: the stored form before
/// <see cref="RememberedActivityIds"/>, read only to carry a document written then into the compact form.
/// </summary>
internal sealed record ProcessedActivity
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
