using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>The cards of "my progress" and "summary for my physio", and the optional pain question after a session.</summary>
public sealed class ProgressCards(CardFactory cards, CoachCards coachCards, TextCatalog texts, ProgressTexts progress)
{
    /// <summary>The after-session pain card's data: the id of the session the score is for.</summary>
    public const string FinishedSessionProperty = "finishedSession";

    /// <param name="chartUrl">The chart's short-lived address; null when there are fewer than two sessions with a score.</param>
    /// <param name="planLine">Where the person's plan stands (<see cref="PlanChangeTexts.Levels"/>); null before any workout.</param>
    public Attachment Progress(WeeklyProgress week, PainTrend trend, string? chartUrl, string? planLine, string? locale)
    {
        var trendLine = chartUrl is null
            ? texts.Get("progress.noChart", locale)
            : progress.TrendLine(trend, locale) ?? texts.Get("progress.noTrendLine", locale);
        var title = texts.Get("progress.title", locale);
        var weekLine = progress.Week(week, locale);
        return cards.CreateAttachment("progress", new CardValues()
            .With("title", title)
            .With("week", weekLine)
            .With("goalHint", texts.Get("progress.goalHint", locale))
            .With("chartUrl", chartUrl)
            .With("altText", chartUrl is null ? null : progress.AltText(trend, locale))
            .With("trend", trendLine)
            .With("plan", planLine)
            .With("speak", $"{title}. {weekLine} {trendLine} {planLine}".TrimEnd())
            .With("actions", new JsonArray(coachCards.PhysioSummaryAction(locale))));
    }

    /// <param name="pageUrl">The printable page's short-lived address; null when it cannot be offered (no public address in Teams).</param>
    public Attachment Referral(IReadOnlyList<ReferralField> fields, string? pageUrl, string? locale)
    {
        var title = texts.Get("referral.title", locale);
        var actions = new JsonArray();
        if (pageUrl is not null)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts.Get("referral.open", locale), ["url"] = pageUrl });
        }

        return cards.CreateAttachment("referral", new CardValues()
            .With("title", title)
            .With("notDiagnosis", texts.Get("referral.notDiagnosis", locale))
            .With("facts", new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]))
            .With("privacy", texts.Get("referral.nothingSent", locale))
            .With("speak", $"{title}. {texts.Get("referral.notDiagnosis", locale)}")
            .With("actions", actions));
    }

    /// <summary>
    /// "How does your knee feel now?" after a session: one tap 0-10 or skip; not a waiting question, so anything else
    /// carries on. Its buttons name the session that ended (<see cref="FinishedSessionProperty"/>), not a session step:
    /// the session is over, so the web chat would grey the card out as a past workout card, and the step check would
    /// call the tap stale.
    /// </summary>
    public Attachment PainAfter(WorkoutSession session, string? locale)
    {
        JsonObject Data(int? pain)
        {
            var data = new JsonObject { ["command"] = nameof(CommandKind.PainAfter), [FinishedSessionProperty] = session.Id };
            if (pain is { } score)
            {
                data["pain"] = score;
            }

            return data;
        }

        var buttons = Enumerable.Range(0, 11).Select(score => CardActions.Submit(PainAnswer.Of(score), Data(score)))
            .Append(CardActions.Submit(texts.Get("painAfter.skip", locale), Data(null)));
        var question = texts.Get("painAfter.question", locale);
        return cards.CreateAttachment("question", new CardValues()
            .With("text", question)
            .With("speak", question)
            .With("buttonRows", CardActions.Rows(buttons, 4)));
    }

    public JsonNode ProgressAction(string? locale) =>
        CardActions.Submit(texts.Get("progress.button", locale), CoachCards.Command(nameof(CommandKind.Progress)));
}
