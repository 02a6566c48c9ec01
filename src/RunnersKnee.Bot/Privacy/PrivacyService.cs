using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Texts;
using RunnersKnee.Bot.Timers;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Privacy;

/// <summary>"What do you know about me", "export my data" and "delete my data", over every store that holds any of it.</summary>
public sealed class PrivacyService(
    ConversationState conversationState,
    UserState userState,
    IDueEventScheduler scheduler,
    IEnumerable<IConversationTranscript> transcripts,
    WorkoutDescriber describer,
    IntakeQuestions questions,
    TextCatalog texts,
    IOptions<PrivacyOptions> options)
{
    public int RetentionDays => options.Value.RetentionDays;

    public string Summary(CoachState state, string? locale)
    {
        if (state.Intake is null && state.Workout is null)
        {
            return texts.Get("privacy.nothing", locale);
        }

        var unknown = texts.Get("privacy.unknown", locale);
        var parts = new List<string>();
        if (state.Intake is { } answers)
        {
            parts.Add(texts.Format(
                "privacy.summaryIntake",
                locale,
                ("location", Title(IntakeQuestions.Location, answers.Location switch
                {
                    PainLocation.AroundOrBehindKneecap => IntakeChoices.Kneecap,
                    PainLocation.ElsewhereInKnee => IntakeChoices.Elsewhere,
                    PainLocation.NotTheKnee => IntakeChoices.NotKnee,
                    _ => null,
                }) ?? unknown),
                ("feeling", Title(IntakeQuestions.Feeling, answers.Feeling) ?? unknown),
                ("triggers", answers.Triggers.Count > 0 ? string.Join(", ", answers.Triggers.Select(t => Title(IntakeQuestions.Triggers, t))) : unknown),
                ("duration", Title(IntakeQuestions.Duration, answers.Duration) ?? unknown),
                ("onset", answers.AfterInjury switch { true => texts.Get("privacy.onsetInjury", locale), false => texts.Get("privacy.onsetGradual", locale), null => unknown }),
                ("pain", answers.PainNow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? unknown),
                ("age", Title(IntakeQuestions.Age, answers.Age switch
                {
                    AgeBand.Under16 => IntakeChoices.Under16,
                    AgeBand.From16To17 => IntakeChoices.From16To17,
                    AgeBand.From18To49 => IntakeChoices.From18To49,
                    AgeBand.From50To54 => IntakeChoices.From50To54,
                    AgeBand.From55 => IntakeChoices.From55,
                    _ => null,
                }) ?? unknown),
                ("flags", texts.Get(answers.EmergencyFlags == true || answers.SoonFlags == true ? "privacy.flagsSome" : "privacy.flagsNone", locale))));
        }

        if (state.Outcome is { } outcome)
        {
            parts.Add(texts.Format("privacy.summaryOutcome", locale, ("outcome", outcome)));
        }

        if (state.Workout is { } session)
        {
            var done = string.Join(", ", describer.SummaryFacts(session, locale).Select(f => $"{f.Title}: {f.Value}"));
            parts.Add(texts.Format("privacy.summaryWorkout", locale, ("status", session.Status), ("position", describer.Position(session.Position, locale)), ("done", done)));
        }

        parts.Add(texts.Format("privacy.summaryKeep", locale, ("days", RetentionDays)));
        return string.Join("\n\n", parts);
    }

    /// <summary>The button title a stored answer value was given as (what the person saw), e.g. "A dull ache".</summary>
    private string? Title(string questionId, string? value) =>
        value is null ? null : questions[questionId].Choices.Find(c => c.Value == value)?.Title ?? value;

    /// <summary>Everything stored about the person, as a JSON file attachment.</summary>
    public Activity Export(ITurnContext turn, CoachState state)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(state, BotJson.Options);
        return new Activity
        {
            Text = texts.Get("privacy.exportReady", turn.Activity.Locale),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = "runners-knee-coach-data.json",
                    ContentUrl = "data:application/json;base64," + Convert.ToBase64String(json),
                },
            ],
        };
    }

    /// <summary>Erases conversation and user state, pending timers and the channel's transcript.</summary>
    public async Task DeleteAllAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        await scheduler.CancelConversationAsync(WorkoutTimers.ConversationKey(activity), cancellationToken);
        foreach (var transcript in transcripts)
        {
            await transcript.DeleteAsync(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, cancellationToken);
        }

        await userState.DeleteAsync(turn, cancellationToken);
        await conversationState.DeleteAsync(turn, cancellationToken);
    }

}
