using System.Text.Json;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>What an <c>invoke</c> turn answers in the HTTP response: a status and a JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    public static InvokeResponse Ok(AdaptiveCardInvokeResponse body) =>
        new(200, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.AdaptiveCardInvokeResponse));

    public static InvokeResponse Ok(TaskModuleResponse body) =>
        new(200, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.TaskModuleResponse));

    public static InvokeResponse Error(int status, ErrorResponse body) =>
        new(status, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.ErrorResponse));
}
