using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// One turn of the guided workout, looped per set and side: show where the session is (exercise card, rest, or
/// the one-tap pain check) and wait; then apply the answer. Commands typed or clicked at any moment (skip,
/// pause, easier, "done", ...) are handled before this dialog sees the activity, and restart it at the new
/// position; what reaches it is a pain score or words it did not catch.
/// </summary>
public sealed class WorkoutDialog : CoachingDialog
{
    private readonly CoachStateAccessor _accessor;
    private readonly WorkoutCoach _coach;
    private readonly TextCatalog _texts;

    public WorkoutDialog(CoachStateAccessor accessor, WorkoutCoach coach, TextCatalog texts)
        : base(DialogIds.Workout, ConversationMode.Workout, accessor)
    {
        _accessor = accessor;
        _coach = coach;
        _texts = texts;
        AddSteps(ShowStepAsync, ApplyStepAsync);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = (await _accessor.GetAsync(step.Context, cancellationToken)).Workout;
        if (session is null || session.IsOver || session.Status == WorkoutStatus.Paused)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // One prompt for every status, so a command that moves the session leaves this dialog waiting as it is.
        await _coach.ShowAsync(step.Context, session, force: false, cancellationToken);
        return await step.PromptAsync(DialogIds.WorkoutWaitPrompt, new PromptOptions(), cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        var session = state.Workout;
        if (session is null || session.IsOver)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var locale = step.Context.Activity.Locale;
        if (session.Status != WorkoutStatus.AwaitingPain)
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("workout.didNotCatch", locale) }, cancellationToken);
        }
        else if (NumberRecognizer.Recognize(step.Result as string) is { } number && number is >= 0 and <= 10 && number == decimal.Truncate(number))
        {
            await _coach.ApplyPainAsync(step.Context, state, session, (int)number, cancellationToken);
        }
        else
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("intake.painOutOfRange", locale) }, cancellationToken);
        }

        if (session.EndedForPain && session.IsOver)
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("workout.pain.recheck", locale) }, cancellationToken);
            return await step.ReplaceDialogAsync(DialogIds.RedFlagCheck, null, cancellationToken);
        }

        // Paused after a high score: "carry on" or "stop" comes as a command, with no dialog waiting.
        return session.IsOver || session.Status == WorkoutStatus.Paused
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.ReplaceDialogAsync(DialogIds.Workout, null, cancellationToken);
    }
}
