using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// "How is your knee right now?" before every new workout: one tap 0-10, or skip. The score is the intake's "pain now"
/// asked again, and meets the same rule (<see cref="TriageRules.PainTooHigh"/>, thresholds.json pain.restMax): above
/// it, a rest day and no workout, and "start workout" asks again later; otherwise the session starts with the score,
/// which the progress trend shows beside the pain after.
/// </summary>
public sealed class PainBeforeDialog : CoachingDialog
{
    /// <summary>The question's id in <see cref="CoachState.CurrentQuestion"/> and on its card, so an old card's tap is stale.</summary>
    public const string QuestionId = "painBefore";

    private readonly CoachStateAccessor _accessor;
    private readonly CoachCards _cards;
    private readonly WorkoutCoach _coach;
    private readonly HistoryRecorder _history;
    private readonly TextCatalog _texts;
    private readonly TriageRules _triage;

    public PainBeforeDialog(CoachStateAccessor accessor, CoachCards cards, WorkoutCoach coach, HistoryRecorder history, TextCatalog texts, TriageRules triage)
        : base(DialogIds.PainBefore, ConversationMode.Question, accessor)
    {
        _accessor = accessor;
        _cards = cards;
        _coach = coach;
        _history = history;
        _texts = texts;
        _triage = triage;
        AddSteps(AskStepAsync, DecideStepAsync);
    }

    /// <summary>The prompt's check: a whole score from 0 to 10, or a skip.</summary>
    public static Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && (PainAnswer.Score(prompt.Recognized.Value) is not null || PainAnswer.IsSkip(prompt.Recognized.Value)));

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        (await _accessor.GetAsync(step.Context, cancellationToken)).CurrentQuestion = QuestionId;
        var question = _texts.Get("painBefore.question", locale);
        var card = _cards.PainQuestion(QuestionId, question, _texts.Get("painBefore.skip", locale));
        return await step.PromptAsync(DialogIds.PainBeforePrompt, new PromptOptions
        {
            Prompt = new Activity { Attachments = [card], Speak = question },
            RetryPrompt = new Activity { Text = _texts.Get("painBefore.retry", locale), Attachments = [card] },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        state.CurrentQuestion = null;
        var pain = PainAnswer.Score(step.Result as string);
        if (pain is { } score)
        {
            // The newest "pain now": the referral summary and the rest-day rule read it as the intake's answer.
            state.Intake?.PainNow = score;
            if (_triage.PainTooHigh(score))
            {
                await _history.PainAsync(step.Context, score, cancellationToken);
                if (state.Outcome == TriageOutcome.Cleared)
                {
                    state.Outcome = TriageOutcome.RestToday;
                }

                await step.Context.SendActivityAsync(new Activity { Text = _texts.Format("outcome.restToday.body", locale, ("pain", score)) }, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            await step.Context.SendActivityAsync(new Activity { Text = _texts.Format("workout.pain.outsideLow", locale, ("pain", score)) }, cancellationToken);
        }

        await _coach.StartAsync(step.Context, state, pain, cancellationToken);
        return await step.ReplaceDialogAsync(DialogIds.Workout, null, cancellationToken);
    }
}
