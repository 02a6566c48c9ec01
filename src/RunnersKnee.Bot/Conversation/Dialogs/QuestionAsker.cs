using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>Asks an intake question as a card with buttons, through the prompt that understands its answers.</summary>
public sealed class QuestionAsker(IntakeQuestions questions, CoachCards cards, CoachStateAccessor accessor, TextCatalog texts)
{
    private static readonly List<Choice> PainScale = [.. Enumerable.Range(0, 11).Select(n => new Choice { Value = n.ToString(System.Globalization.CultureInfo.InvariantCulture) })];

    public IntakeQuestions Questions => questions;

    public async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string promptId, string questionId, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var question = questions.For(questionId, locale);
        var (buttons, perRow) = promptId switch
        {
            DialogIds.ConfirmPrompt or DialogIds.RedFlagPrompt => (YesNoChoices.For(texts, locale), 2),
            DialogIds.PainPrompt => (PainScale, 4),
            _ => (question.Choices, 3),
        };
        var state = await accessor.GetAsync(step.Context, cancellationToken);
        state.CurrentQuestion = questionId;
        var card = cards.Question(question, buttons, perRow);
        return await step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = new Activity { Attachments = [card], Speak = CoachCards.Plain(question.Text) },
            RetryPrompt = new Activity { Text = question.Retry, Attachments = [card] },
            Choices = question.Choices.Count > 0 ? question.Choices : null,
            Style = ListStyle.None,
        }, cancellationToken);
    }
}
