using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.DirectLine;

/// <summary>Source-generated JSON for the Direct Line envelopes (camelCase, <c>expires_in</c> as the service spells it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineTokenPayload))]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineTokenResponse))]
[JsonSerializable(typeof(DirectLinePageToken))]
[JsonSerializable(typeof(DirectLineTokenGenerateRequest))]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(DirectLinePageTokenRequest))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
