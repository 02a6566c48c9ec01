using System.Globalization;
using System.Text.Json;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Privacy;

/// <summary>
/// "What do you know about me" in the person's words: every answer as the button it came from ("1 to 6 weeks",
/// not "weeks"), the advice by its title, the workout by where it stands.
/// </summary>
public sealed class PrivacySummary(IntakeQuestions questions, WorkoutDescriber describer, TextCatalog texts)
{
    public string For(CoachState state, int retentionDays, string? locale)
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
                ("location", Title(IntakeQuestions.Location, answers.Location is { } location ? ValueOf(location) : null, unknown)),
                ("feeling", Title(IntakeQuestions.Feeling, answers.Feeling, unknown)),
                ("triggers", answers.Triggers.Count > 0 ? string.Join(", ", answers.Triggers.Select(t => Title(IntakeQuestions.Triggers, t, unknown))) : unknown),
                ("duration", Title(IntakeQuestions.Duration, answers.Duration, unknown)),
                ("onset", Title(IntakeQuestions.Onset, answers.AfterInjury switch { true => IntakeChoices.Injury, false => IntakeChoices.Gradual, null => null }, unknown)),
                ("pain", answers.PainNow?.ToString(CultureInfo.InvariantCulture) ?? unknown),
                ("age", Title(IntakeQuestions.Age, answers.Age is { } age ? ValueOf(age) : null, unknown)),
                ("flags", texts.Get(answers.EmergencyFlags == true || answers.SoonFlags == true ? "privacy.flagsSome" : "privacy.flagsNone", locale))));
        }

        if (state.Outcome is { } outcome)
        {
            parts.Add(texts.Format("privacy.summaryOutcome", locale, ("outcome", texts.Get(OutcomeTexts.TitleOf(outcome, "privacy.outcomeCleared"), locale))));
        }

        if (state.Workout is { } session)
        {
            // What the person did; the exercises not reached yet say nothing about them.
            var done = string.Join("; ", describer.SummaryLines(session, locale).Where(line => line.Kind != ExerciseOutcomeKind.NotReached).Select(line => $"{line.Name}: {line.Status}"));
            var status = texts.Get("privacy.status." + JsonNamingPolicy.CamelCase.ConvertName(session.Status.ToString()), locale);
            parts.Add(texts.Format("privacy.summaryWorkout", locale, ("status", status), ("position", describer.Position(session.Position, locale, session.Dosages)), ("done", done)));
        }

        parts.Add(texts.Format("privacy.summaryKeep", locale, ("days", retentionDays)));
        return string.Join("\n\n", parts);
    }

    private string Title(string questionId, string? value, string unknown) =>
        value is null ? unknown : questions[questionId].Choices.Find(c => c.Value == value)?.Title ?? value;

    private static string ValueOf(PainLocation location) => location switch
    {
        PainLocation.AroundOrBehindKneecap => IntakeChoices.Kneecap,
        PainLocation.ElsewhereInKnee => IntakeChoices.Elsewhere,
        _ => IntakeChoices.NotKnee,
    };

    private static string ValueOf(AgeBand age) => age switch
    {
        AgeBand.Under16 => IntakeChoices.Under16,
        AgeBand.From16To17 => IntakeChoices.From16To17,
        AgeBand.From50To54 => IntakeChoices.From50To54,
        AgeBand.From55 => IntakeChoices.From55,
        _ => IntakeChoices.From18To49,
    };
}
