using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>The conversation an activity belongs to. <see cref="Id"/> is opaque (Teams ids contain <c>:;@=</c>).</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
