using System.Globalization;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Presentation;

/// <summary>
/// The referral summary's fields (research A5) in plain words, from the intake, the safety outcomes and the history:
/// where and how it hurts, what brings it on, since when, injury or gradual, pain now and its trend, the red-flag
/// screen with its dates and outcomes, the exercises done and how they were tolerated, and what made it worse.
/// </summary>
public sealed class ReferralDescriber(IntakeQuestions questions, WorkoutPlan plan, SafetyThresholds thresholds, ProgressTexts progress, TextCatalog texts)
{
    public IReadOnlyList<ReferralField> Fields(CoachState state, CoachHistory history, string? locale)
    {
        var culture = ProgressTexts.CultureFor(locale);
        var unknown = texts.Get("privacy.unknown", locale);
        var answers = state.Intake ?? new IntakeAnswers();
        string Choice(string questionId, string? value) =>
            value is null ? unknown : questions.For(questionId, locale).Choices.Find(c => c.Value == value)?.Title ?? value;
        string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", culture);
        string Field(string key) => texts.Get("referral.field." + key, locale);

        var location = answers.Location switch
        {
            PainLocation.AroundOrBehindKneecap => Choice(IntakeQuestions.Location, IntakeChoices.Kneecap),
            PainLocation.ElsewhereInKnee => Choice(IntakeQuestions.Location, IntakeChoices.Elsewhere),
            PainLocation.NotTheKnee => Choice(IntakeQuestions.Location, IntakeChoices.NotKnee),
            _ => unknown,
        };
        var since = answers.Duration is null ? unknown
            : answers.CompletedAt is { } told ? texts.Format("referral.sinceWhen", locale, ("duration", Choice(IntakeQuestions.Duration, answers.Duration)), ("date", Date(told)))
            : Choice(IntakeQuestions.Duration, answers.Duration);
        var onset = Choice(IntakeQuestions.Onset, answers.AfterInjury switch { true => IntakeChoices.Injury, false => IntakeChoices.Gradual, null => null });
        var exercises = Exercises(history, locale);
        return
        [
            new(Field("where"), texts.Format("referral.whereHow", locale, ("where", location), ("how", Choice(IntakeQuestions.Feeling, answers.Feeling)))),
            new(Field("triggers"), answers.Triggers.Count > 0 ? string.Join(", ", answers.Triggers.Select(t => Choice(IntakeQuestions.Triggers, t))) : unknown),
            new(Field("since"), since),
            new(Field("onset"), onset),
            new(Field("pain"), Pain(state, history, locale)),
            new(Field("safety"), Safety(history, locale, Date)),
            new(Field("exercises"), exercises.Length > 0 ? exercises : texts.Get("referral.noSessions", locale)),
            new(Field("worse"), Worse(history, locale, Date)),
        ];
    }

    private string Pain(CoachState state, CoachHistory history, string? locale)
    {
        var latest = new List<(DateTimeOffset At, int Pain)>();
        latest.AddRange(history.PainReports.Select(p => (p.At, p.Pain)));
        latest.AddRange(history.Sessions.Where(s => s.PainAfter is not null).Select(s => (s.EndedAt, s.PainAfter!.Value)));
        latest.AddRange(history.Sessions.Where(s => s.PainBefore is not null).Select(s => (s.StartedAt, s.PainBefore!.Value)));
        var now = latest.Count > 0 ? latest.MaxBy(p => p.At).Pain : state.Intake?.PainNow;
        var baseline = history.Checks.Where(c => c.Kind == CheckKind.Intake && c.Pain is not null).Select(c => c.Pain).FirstOrDefault() ?? state.Intake?.PainNow;
        var parts = new List<string>
        {
            now is null ? texts.Get("privacy.unknown", locale) : texts.Format("referral.painNow", locale, ("pain", now)),
        };
        if (baseline is not null)
        {
            parts.Add(texts.Format("referral.painAtStart", locale, ("pain", baseline)));
        }

        if (progress.TrendLine(PainTrend.From(history), locale) is { } trend)
        {
            parts.Add(trend);
        }

        return string.Join(" ", parts);
    }

    private string Safety(CoachHistory history, string? locale, Func<DateTimeOffset, string> date)
    {
        if (history.Checks.Count == 0)
        {
            return texts.Get("referral.noChecks", locale);
        }

        return string.Join("\n", history.Checks.Select(check =>
        {
            var answers = check.Kind is CheckKind.Emergency or CheckKind.Crisis ? texts.Get("referral.check.urgentWords", locale)
                : check.EmergencyFlags == true || check.SoonFlags == true || check.NamedRedFlags is { Count: > 0 } ? texts.Get("privacy.flagsSome", locale)
                : texts.Get("privacy.flagsNone", locale);
            var outcome = check.Outcome is { } o ? texts.Get(OutcomeTexts.TitleOf(o, "privacy.outcomeCleared"), locale) : texts.Get("referral.check.clear", locale);
            return texts.Format("referral.check", locale, ("date", date(check.At)), ("kind", texts.Get("referral.check." + JsonName(check.Kind), locale)), ("answers", answers), ("outcome", outcome));
        }));
    }

    /// <summary>Per exercise over all kept sessions: how often done, partly, stopped for pain or skipped, the easier version, the highest pain.</summary>
    private string Exercises(CoachHistory history, string? locale)
    {
        var sessions = history.Sessions.Count(s => s.CountsAsSession);
        if (sessions == 0)
        {
            return string.Empty;
        }

        var lines = history.Sessions.SelectMany(s => s.Exercises).GroupBy(e => e.Id).Select(group =>
        {
            var counts = Enum.GetValues<ExerciseOutcomeKind>()
                .Select(outcome => (Outcome: outcome, Count: group.Count(e => e.Outcome == outcome)))
                .Where(c => c.Count > 0)
                .Select(c => texts.Format("referral.outcome." + JsonName(c.Outcome), locale, ("n", c.Count)));
            var easier = group.Count(e => e.Easier) is > 0 and var n ? " " + texts.Format("referral.easier", locale, ("n", n)) : string.Empty;
            var pain = group.Max(e => e.Pain) is { } max ? " " + texts.Format("referral.maxPain", locale, ("pain", max)) : string.Empty;
            return $"- {plan.Get(group.Key).Name}: {string.Join(", ", counts)}.{easier}{pain}";
        });
        var first = history.Sessions.Min(s => s.StartedAt);
        var last = history.Sessions.Max(s => s.EndedAt);
        var weeks = Math.Max(1.0, (last - first).TotalDays / 7.0);
        var perWeek = (sessions / weeks).ToString("0.#", ProgressTexts.CultureFor(locale));
        return texts.Format("referral.sessions", locale, ("n", sessions), ("perWeek", perWeek)) + "\n" + string.Join("\n", lines);
    }

    private string Worse(CoachHistory history, string? locale, Func<DateTimeOffset, string> date)
    {
        var worse = new List<string>();
        foreach (var session in history.Sessions)
        {
            foreach (var exercise in session.Exercises.Where(e => e.Pain is { } pain && thresholds.Pain.Judge(pain) != PainVerdict.CarryOn))
            {
                worse.Add(texts.Format("referral.worse.exercise", locale, ("name", plan.Get(exercise.Id).Name), ("pain", exercise.Pain), ("date", date(session.EndedAt))));
            }

            if (session.End == SessionEnd.EndedForPain)
            {
                worse.Add(texts.Format("referral.worse.ended", locale, ("date", date(session.EndedAt))));
            }

            if (session.PainBefore is { } before && session.PainAfter is { } after && after > before)
            {
                worse.Add(texts.Format("referral.worse.afterHigher", locale, ("before", before), ("after", after), ("date", date(session.EndedAt))));
            }
        }

        worse.AddRange(history.PainReports.Where(p => thresholds.Pain.TooHighToExercise(p.Pain)).Select(p => texts.Format("referral.worse.report", locale, ("pain", p.Pain), ("date", date(p.At)))));
        return worse.Count > 0 ? string.Join("\n", worse.Select(w => "- " + w)) : texts.Get("referral.worse.none", locale);
    }

    private static string JsonName<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
