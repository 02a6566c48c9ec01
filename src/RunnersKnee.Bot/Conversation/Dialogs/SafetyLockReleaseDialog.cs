using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// "I'm OK now" after emergency or crisis guidance: one explicit question (safe now, and seen?); only a clear yes
/// reopens coaching, and even then the workout waits for the knee to be assessed (the outcome stays EmergencyCare).
/// </summary>
public sealed class SafetyLockReleaseDialog : CoachingDialog
{
    private readonly CoachStateAccessor _accessor;
    private readonly CareMessages _care;

    public SafetyLockReleaseDialog(CoachStateAccessor accessor, CareMessages care)
        : base(DialogIds.SafetyLockRelease, ConversationMode.Question, accessor)
    {
        _accessor = accessor;
        _care = care;
        AddSteps(AskStepAsync, DecideStepAsync);
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = _care.Text("safetyLock.confirm", step.Context.Activity);
        return step.PromptAsync(DialogIds.ConfirmPrompt, PromptOptions.Ask(question), cancellationToken);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        var released = step.Result is true;
        if (released)
        {
            state.SafetyLock = null;
        }

        var text = _care.Text(released ? "safetyLock.cleared" : "safetyLock.stillClosed", step.Context.Activity);
        await step.Context.SendActivityAsync(new Activity { Text = text }, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
