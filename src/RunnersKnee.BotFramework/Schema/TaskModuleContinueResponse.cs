namespace RunnersKnee.BotFramework.Schema;

/// <summary>A <c>task</c> of type <c>continue</c>: the dialog to show.</summary>
public sealed record TaskModuleContinueResponse(TaskModuleTaskInfo Value) : TaskModuleResponseBody("continue");
