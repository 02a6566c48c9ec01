using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Privacy;

/// <summary>The stored documents as kept: the conversation's (answers, workout, dialog position) and the user's.</summary>
public sealed record PrivacyExportStored(JsonNode? ConversationState, JsonNode? UserState);
