using System.Text.Json.Serialization;

namespace RunnersKnee.DirectLine;

/// <summary>
/// The claims of an embedded token. <c>user</c> is the claim Web Chat reads to learn its user id (the same
/// claim Azure's tokens carry), so the page never passes a <c>dl_</c> id itself.
/// </summary>
internal sealed record DirectLineTokenPayload(
    [property: JsonPropertyName("iss")] string Issuer,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt);
