namespace RunnersKnee.BotFramework.Schema;

/// <summary>A <c>task</c> of type <c>message</c>: a short text Teams shows instead of a dialog.</summary>
public sealed record TaskModuleMessageResponse(string Value) : TaskModuleResponseBody("message");
