using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Presentation;

/// <summary>Shows the outcome of the triage: "get care" guidance matching its tier, or the advice and PT guidance.</summary>
public sealed class OutcomePresenter(CoachCards cards, TextCatalog texts, CareMessages care)
{
    public async Task PresentAsync(ITurnContext turn, TriageOutcome outcome, IntakeAnswers answers, CancellationToken cancellationToken)
    {
        var locale = turn.Activity.Locale;
        Attachment? guidance = outcome switch
        {
            TriageOutcome.EmergencyCare or TriageOutcome.ChildUrgent => Card(OutcomeTexts.KeyOf(outcome)!, urgent: true),
            TriageOutcome.SeeDoctorSoon or TriageOutcome.ChildGuidance or TriageOutcome.GuardianNeeded
                or TriageOutcome.AssessmentFirst or TriageOutcome.DoesNotFit => Card(OutcomeTexts.KeyOf(outcome)!, urgent: false),
            TriageOutcome.RestToday => cards.Guidance(
                texts.Get("outcome.restToday.title", locale),
                texts.Format("outcome.restToday.body", locale, ("pain", answers.PainNow)),
                null,
                urgent: false),
            _ => null,
        };
        if (guidance is not null)
        {
            await turn.SendActivityAsync(new Activity { Attachments = [guidance], Speak = guidance.Content?.GetProperty("speak").GetString() }, cancellationToken);
        }

        if (outcome is TriageOutcome.Cleared or TriageOutcome.RestToday or TriageOutcome.DoesNotFit)
        {
            await turn.SendActivityAsync(new Activity { Attachments = [cards.Advice(locale)] }, cancellationToken);
            await turn.SendActivityAsync(new Activity { Attachments = [cards.PtGuidance(locale)] }, cancellationToken);
        }

        // Every outcome that sends the person to a doctor or physio offers the summary to take with them.
        Attachment Card(string key, bool urgent) =>
            cards.Guidance(texts.Get(key + ".title", locale), care.Text(key + ".body", turn.Activity), null, urgent, new System.Text.Json.Nodes.JsonArray(cards.PhysioSummaryAction(locale)));
    }

    /// <summary>Why the workout is locked, in one sentence, for "start workout" before an assessment.</summary>
    public string LockReason(TriageOutcome? outcome, Activity activity) => care.Text(outcome switch
    {
        TriageOutcome.EmergencyCare or TriageOutcome.ChildUrgent or TriageOutcome.ChildGuidance or TriageOutcome.DoesNotFit
            or TriageOutcome.GuardianNeeded or TriageOutcome.AssessmentFirst => OutcomeTexts.KeyOf(outcome.Value) + ".body",
        _ => "outcome.soon.body",
    }, activity);
}
