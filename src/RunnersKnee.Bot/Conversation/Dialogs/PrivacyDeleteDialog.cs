using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// "Delete my data": confirm, then erase everything in every store, and say so. Coaching closed after emergency or
/// crisis guidance stays closed (the one note kept, and the person is told).
/// </summary>
public sealed class PrivacyDeleteDialog : CoachingDialog
{
    private readonly PrivacyService _privacy;
    private readonly TextCatalog _texts;
    private readonly CoachStateAccessor _accessor;

    public PrivacyDeleteDialog(PrivacyService privacy, TextCatalog texts, CoachStateAccessor accessor)
        : base(DialogIds.PrivacyDelete, ConversationMode.Question, accessor)
    {
        _privacy = privacy;
        _accessor = accessor;
        _texts = texts;
        AddSteps(ConfirmStepAsync, DeleteStepAsync);
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = _texts.Get("privacy.deleteQuestion", step.Context.Activity.Locale);
        return step.PromptAsync(DialogIds.ConfirmPrompt, PromptOptions.Ask(question), cancellationToken);
    }

    private async Task<DialogTurnResult> DeleteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("privacy.notDeleted", locale) }, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locked = (await _accessor.GetAsync(step.Context, cancellationToken)).SafetyLock is not null;
        await _privacy.DeleteAllAsync(step.Context, keepSafetyLock: true, cancellationToken);
        await step.Context.SendActivityAsync(new Activity { Text = _texts.Get(locked ? "privacy.deletedStillClosed" : "privacy.deleted", locale) }, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
