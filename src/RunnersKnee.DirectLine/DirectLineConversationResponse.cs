using System.Text.Json.Serialization;

namespace RunnersKnee.DirectLine;

/// <summary><c>POST /conversations</c> and reconnect: what DirectLineJS reads to go online.</summary>
internal sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    string? StreamUrl);
