namespace RunnersKnee.BotFramework.Schema;

/// <summary>The body of the answer to a <c>task/fetch</c> or <c>task/submit</c> invoke (a Teams dialog).</summary>
public sealed record TaskModuleResponse(TaskModuleResponseBody Task)
{
    /// <summary>Opens (or keeps open) a dialog showing <paramref name="info"/>.</summary>
    public static TaskModuleResponse Continue(TaskModuleTaskInfo info) => new(new TaskModuleContinueResponse(info));

    /// <summary>Closes the dialog, or shows no dialog, with a short message.</summary>
    public static TaskModuleResponse Message(string text) => new(new TaskModuleMessageResponse(text));
}
