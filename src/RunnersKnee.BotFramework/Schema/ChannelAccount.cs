using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>Informational only (<c>user</c>, <c>bot</c>); never trust it for identity.</summary>
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
