using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// Words that might mean an emergency or a crisis get one short, direct question, never silence. A yes gives the
/// guidance; a no goes back to where the person was; an unclear answer is asked once more, and then the cautious
/// outcome (the guidance) is taken. Answers are read the cautious way (<see cref="SafetyAnswerReader"/>): "not pain
/// exactly, more like a heavy pressure" names a symptom, so it is a yes whatever word it starts with.
/// </summary>
public sealed class SafetyCheckDialog : WaterfallDialog
{
    private const string ModeKey = "mode";

    private static readonly List<Choice> YesNo = [new() { Value = "yes", Title = "Yes" }, new() { Value = "no", Title = "No" }];

    private readonly CoachStateAccessor _accessor;
    private readonly CoachReplies _replies;
    private readonly CareMessages _care;
    private readonly SafetyAnswerReader _answers;

    public SafetyCheckDialog(CoachStateAccessor accessor, CoachReplies replies, CareMessages care, SafetyAnswerReader answers)
        : base(DialogIds.SafetyCheck, [])
    {
        _accessor = accessor;
        _replies = replies;
        _care = care;
        _answers = answers;
        AddSteps(AskStepAsync, FirstAnswerStepAsync, SecondAnswerStepAsync);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The mode of the interrupted question comes back with it when the answer is no.
        step.SetValue(ModeKey, (await _accessor.GetAsync(step.Context, cancellationToken)).Mode);
        return await AskAsync(step, again: false, cancellationToken);
    }

    private Task<DialogTurnResult> FirstAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        _answers.Read(step.Result as string) switch
        {
            SafetyAnswer.Yes => GuidanceAsync(step, cancellationToken),
            SafetyAnswer.No => ClearAsync(step, cancellationToken),
            _ => AskAsync(step, again: true, cancellationToken),
        };

    private Task<DialogTurnResult> SecondAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        _answers.Read(step.Result as string) == SafetyAnswer.No ? ClearAsync(step, cancellationToken) : GuidanceAsync(step, cancellationToken);

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, bool again, CancellationToken cancellationToken)
    {
        var key = (Kind(step) == SafetyLockKind.Crisis ? "safetyCheck.crisis" : "safetyCheck.emergency") + (again ? ".again" : string.Empty);
        var question = _care.Text(key, step.Context.Activity);
        return step.PromptAsync(
            DialogIds.SafetyCheckPrompt,
            new PromptOptions { Prompt = new Activity { Text = question }, Choices = YesNo, Style = ListStyle.SuggestedActions },
            cancellationToken);
    }

    private async Task<DialogTurnResult> GuidanceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        await _replies.EmergencyAsync(step.DialogContext, state, Kind(step), cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    private async Task<DialogTurnResult> ClearAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        state.Mode = step.GetValue<ConversationMode>(ModeKey);
        await step.Context.SendActivityAsync(new Activity { Text = _care.Text("safetyCheck.clear", step.Context.Activity) }, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static SafetyLockKind Kind(WaterfallStepContext step) => step.GetOptions<SafetyLockKind>();
}
