using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// An entity (<c>mention</c>, <c>clientInfo</c>, ...). Only <see cref="Type"/> is typed; everything else
/// survives a round trip in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
