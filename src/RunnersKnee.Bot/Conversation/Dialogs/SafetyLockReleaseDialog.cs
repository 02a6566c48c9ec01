using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Safety.Language;
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
    private readonly SafetyLexicon _lexicon;
    private readonly TextCatalog _texts;

    public SafetyLockReleaseDialog(CoachStateAccessor accessor, CareMessages care, SafetyLexicon lexicon, TextCatalog texts)
        : base(DialogIds.SafetyLockRelease, ConversationMode.Question, accessor)
    {
        _accessor = accessor;
        _care = care;
        _lexicon = lexicon;
        _texts = texts;
        AddSteps(AskStepAsync, DecideStepAsync);
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = _care.Text("safetyLock.confirm", step.Context.Activity);
        // Read here, not by a yes/no prompt that asks until it hears a yes: anything but a clear yes keeps it closed.
        var choices = YesNoChoices.For(_texts, step.Context.Activity.Locale);
        return step.PromptAsync(DialogIds.SafetyCheckPrompt, new PromptOptions { Prompt = new Activity { Text = question }, Choices = choices, Style = ListStyle.SuggestedActions }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        var answer = step.Result as string;
        var released = ConfirmRecognizer.Recognize(answer) == true && !DeniesPart(answer);
        if (released)
        {
            state.SafetyLock = null;
        }

        var text = _care.Text(released ? "safetyLock.cleared" : "safetyLock.stillClosed", step.Context.Activity);
        await step.Context.SendActivityAsync(new Activity { Text = text }, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // "Yes I'm safe, didn't need to see anyone": a yes to one half of the question that says no to the other half.
    private bool DeniesPart(string? answer) => TextNormalizer.Words(answer).Skip(1).Any(_lexicon.Negations.Contains);
}
