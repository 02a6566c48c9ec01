using System.Text.Json.Serialization;

namespace RunnersKnee.DirectLine;

/// <summary><c>POST /tokens/refresh</c> and Azure's <c>POST /tokens/generate</c>.</summary>
internal sealed record DirectLineTokenResponse(
    string? ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] long ExpiresIn);
