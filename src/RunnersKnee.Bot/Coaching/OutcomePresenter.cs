using RunnersKnee.Bot.Cards;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Texts;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>Shows the outcome of the triage: "get care" guidance matching its tier, or the advice and PT guidance.</summary>
public sealed class OutcomePresenter(CoachCards cards, TextCatalog texts)
{
    public async Task PresentAsync(ITurnContext turn, TriageOutcome outcome, IntakeAnswers answers, CancellationToken cancellationToken)
    {
        var locale = turn.Activity.Locale;
        Attachment? guidance = outcome switch
        {
            TriageOutcome.EmergencyCare => Card("outcome.emergency", urgent: true),
            TriageOutcome.SeeDoctorSoon => Card("outcome.soon", urgent: false),
            TriageOutcome.ChildGuidance => Card("outcome.child", urgent: false),
            TriageOutcome.GuardianNeeded => Card("outcome.guardian", urgent: false),
            TriageOutcome.AssessmentFirst => Card("outcome.assessment", urgent: false),
            TriageOutcome.DoesNotFit => Card("outcome.doesNotFit", urgent: false),
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

        Attachment Card(string key, bool urgent) =>
            cards.Guidance(texts.Get(key + ".title", locale), texts.Get(key + ".body", locale), null, urgent);
    }

    /// <summary>Why the workout is locked, in one sentence, for "start workout" before an assessment.</summary>
    public string LockReason(TriageOutcome? outcome, string? locale) => outcome switch
    {
        TriageOutcome.EmergencyCare => texts.Get("outcome.emergency.body", locale),
        TriageOutcome.ChildGuidance => texts.Get("outcome.child.body", locale),
        TriageOutcome.GuardianNeeded => texts.Get("outcome.guardian.body", locale),
        TriageOutcome.AssessmentFirst => texts.Get("outcome.assessment.body", locale),
        _ => texts.Get("outcome.soon.body", locale),
    };
}
