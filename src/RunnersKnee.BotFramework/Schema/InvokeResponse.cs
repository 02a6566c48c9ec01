using System.Text.Json;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>What an <c>invoke</c> turn answers in the HTTP response: a status and a JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
